import { randomBytes } from 'node:crypto';
import { AppError } from '../lib/app-error.ts';
import { checkNewPassword, type PersonalInfo, passwordTooLong } from '../lib/password-policy.ts';
import { ARGON2_PARAMS, hashPassword, verifyPassword } from '../lib/passwords.ts';
import { Semaphore, SemaphoreFullError } from '../lib/semaphore.ts';

/** argon2 work done while holding a slot. */
export type Hasher = {
  /** Checks `password` against `stored`; with no stored hash it checks a dummy one, same cost. */
  verify(stored: string | null, password: string): Promise<boolean>;
  hash(password: string): Promise<string>;
};

const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}$`;

/**
 * Password hashing with bounded concurrency, and the new-password policy. Every argon2 call runs
 * inside `withSlot`: at most `concurrency` at once (19 MiB each), `maxQueue` waiting; past that
 * the request gets 503 BUSY with Retry-After at once instead of piling up in memory.
 */
export function passwordService(o: { concurrency: number; maxQueue: number; maxWaitMs?: number }) {
  const slots = new Semaphore(o.concurrency, o.maxQueue, o.maxWaitMs ?? 10_000);
  // Verified when a code has no account, so an unknown code costs what a wrong password costs.
  const dummyHash = hashPassword(randomBytes(18).toString('base64url'));
  const counts = { hashes: 0, verifies: 0 };

  const hasher: Hasher = {
    async verify(stored, password) {
      // Longer than any password we accept: refused before hashing, whatever is stored.
      if (passwordTooLong(password)) return false;
      counts.verifies++;
      const ok = await verifyPassword(stored ?? (await dummyHash), password).catch(() => false);
      return stored !== null && ok;
    },
    async hash(password) {
      if (passwordTooLong(password)) throw new AppError('PASSWORD_TOO_LONG', 400);
      counts.hashes++;
      return hashPassword(password);
    },
  };

  return {
    /** Runs `fn` holding one argon2 slot; 503 BUSY when none is free soon enough. */
    async withSlot<T>(fn: (h: Hasher) => Promise<T>): Promise<T> {
      try {
        return await slots.run(() => fn(hasher));
      } catch (err) {
        if (err instanceof SemaphoreFullError)
          throw new AppError('BUSY', 503, undefined, { 'retry-after': '2' });
        throw err;
      }
    },
    /** The first policy rule `password` breaks (null if none). No hashing involved. */
    check: (password: string, who: PersonalInfo) => checkNewPassword(password, who),
    /** True when the hash was made with weaker parameters than today's: rehash at next sign-in. */
    needsRehash: (stored: string) => !stored.startsWith(CURRENT_PREFIX),
    /** For tests and the benchmark: argon2 calls so far, and the slots' load now. */
    stats: () => ({ ...counts, ...slots.load }),
    /** Resolves once the dummy hash exists (start-up warms it so the first miss is not slower). */
    ready: () => dummyHash.then(() => undefined),
  };
}
export type PasswordService = ReturnType<typeof passwordService>;
