import { AppError } from '../lib/app-error.ts';
import type { Clock } from '../lib/clock.ts';
import { hmac } from '../lib/secrets.ts';
import {
  type LoginThrottleRepository,
  MAX_FAILURES,
} from '../repositories/login-throttle.repository.ts';

/** 'staff_totp' is the second factor's own budget, keyed by account id (see staff-auth.service). */
export type LoginKind = 'citizen' | 'staff' | 'staff_totp';

/** The error codes a lock answers with: the password's by default, the second factor's for TOTP. */
export type LockCodes = { locked: string; exhausted: string };
const PASSWORD_LOCK: LockCodes = {
  locked: 'ACCOUNT_LOCKED',
  exhausted: 'ACCOUNT_LOCKED_RESET_REQUIRED',
};
export const TOTP_LOCK: LockCodes = {
  locked: 'TOTP_LOCKED',
  exhausted: 'TOTP_LOCKED_ADMIN_REQUIRED',
};

/**
 * Brute-force protection per login identifier (a mã số BHXH, a username), whether or not an
 * account has it. `reserve` before checking a password; `clear` after the right one (or a passkey
 * sign-in, or a password reset).
 */
export function loginThrottleService(deps: {
  repo: LoginThrottleRepository;
  clock: Clock;
  hmacKey: Buffer;
}) {
  const { repo, clock } = deps;
  return {
    /** The row key for what was typed; an HMAC, so the table holds no codes or usernames. */
    keyFor(kind: LoginKind, identifier: string): string {
      return `${kind}:${hmac(deps.hmacKey, `login:${kind}:${identifier.trim().toLowerCase()}`)}`;
    },

    /**
     * Takes one attempt. Throws 423 ACCOUNT_LOCKED (with lockedUntil) while a lock runs, or
     * 423 ACCOUNT_LOCKED_RESET_REQUIRED after 100 failures. Returns the lock this attempt set if
     * it turns out wrong (every 5th), so the failure can already say until when.
     */
    async reserve(
      key: string,
      codes: LockCodes = PASSWORD_LOCK,
    ): Promise<{ lockedUntil: Date | null }> {
      const now = clock.now();
      const row = await repo.reserve(key, now);
      if (row) {
        const fifth = row.lockedUntil && row.lockedUntil.getTime() > now.getTime();
        return { lockedUntil: fifth ? row.lockedUntil : null };
      }
      const current = await repo.get(key);
      // Cleared between the two statements (the owner signed in): take the attempt again.
      if (!current) return this.reserve(key, codes);
      if (current.consecutiveFailures >= MAX_FAILURES) throw new AppError(codes.exhausted, 423);
      const until = current.lockedUntil ?? now;
      const wait = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
      throw new AppError(
        codes.locked,
        423,
        undefined,
        { 'retry-after': String(wait) },
        {
          lockedUntil: until.toISOString(),
        },
      );
    },

    clear: (key: string) => repo.clear(key),
  };
}
export type LoginThrottleService = ReturnType<typeof loginThrottleService>;

/** The 401 for a wrong password; carries the lock the failure just set, if any. */
export function invalidCredentials(code: string, lockedUntil: Date | null): AppError {
  return new AppError(
    code,
    401,
    undefined,
    undefined,
    lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : undefined,
  );
}
