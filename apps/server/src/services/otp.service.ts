import { randomInt } from 'node:crypto';
import { AppError } from '../lib/app-error.ts';
import { type Clock, HOUR, MINUTE } from '../lib/clock.ts';
import { hmac, sameDigest } from '../lib/secrets.ts';
import type { OtpPurpose, OtpRepository, OtpRow } from '../repositories/otp.repository.ts';
import type { RateLimitService } from './rate-limit.service.ts';

/** The notice's rule: a code is valid 4 minutes. */
export const OTP_TTL_MS = 4 * MINUTE;
export const OTP_MAX_ATTEMPTS = 5;
export const OTP_RESEND_AFTER_MS = 60_000;
export const OTP_MAX_SENDS_PER_HOUR = 5;

export type IssuedOtp = { id: string; code: string; expiresAt: Date; resendAfter: Date };

/**
 * Six-digit one-time codes for a purpose and a subject. Only an HMAC is stored; attempts are
 * taken atomically before a code is compared, so concurrent guessing gets at most 5 evaluations;
 * a resend replaces the code but keeps the attempt count.
 */
export function otpService(deps: {
  repo: OtpRepository;
  rateLimits: RateLimitService;
  clock: Clock;
  hmacKey: Buffer;
}) {
  const { repo, clock } = deps;
  const digest = (purpose: OtpPurpose, id: string, code: string) =>
    hmac(deps.hmacKey, `${purpose}:${id}:${code}`);
  const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

  /**
   * Checks a code without using it up: the attempt it costs is committed on its own (never
   * rolled back with a failed action), while `consume` belongs in the unit of work that acts on
   * the code — so an action that failed can be retried with the same code. Throws OTP_INVALID
   * (wrong code or unknown id — including a code issued for another purpose), OTP_EXPIRED, or
   * OTP_LOCKED (5 wrong entries). Returns the row on success.
   */
  async function check(o: { id: string; purpose: OtpPurpose; code: string }): Promise<OtpRow> {
    const now = clock.now();
    const row = await repo.get(o.id).catch(() => undefined);
    if (!row || row.purpose !== o.purpose || row.consumedAt) throw new AppError('OTP_INVALID', 400);
    if (row.voidedAt || row.attempts >= OTP_MAX_ATTEMPTS) throw new AppError('OTP_LOCKED', 400);
    if (now.getTime() >= row.expiresAt.getTime()) throw new AppError('OTP_EXPIRED', 400);
    const taken = await repo.takeAttempt(row.id, OTP_MAX_ATTEMPTS);
    if (!taken) throw new AppError('OTP_LOCKED', 400);
    if (sameDigest(taken.codeHmac, digest(o.purpose, row.id, o.code))) return taken;
    if (taken.attempts >= OTP_MAX_ATTEMPTS) {
      await repo.voidCode(row.id, now);
      throw new AppError('OTP_LOCKED', 400);
    }
    throw new AppError('OTP_INVALID', 400);
  }

  /** Uses up a checked code; OTP_INVALID when another request used it first. */
  async function consume(id: string): Promise<void> {
    if (!(await repo.consume(id, clock.now()))) throw new AppError('OTP_INVALID', 400);
  }

  return {
    /** Sends a first code, or a new code for the open one (after 60 s, at most 5 an hour). */
    async issue(o: {
      purpose: OtpPurpose;
      subject: string;
      data?: Record<string, unknown>;
    }): Promise<IssuedOtp> {
      const now = clock.now();
      const open = await repo.findOpen(o.purpose, o.subject);
      if (open && now.getTime() - open.lastSentAt.getTime() < OTP_RESEND_AFTER_MS) {
        const wait = Math.ceil(
          (open.lastSentAt.getTime() + OTP_RESEND_AFTER_MS - now.getTime()) / 1000,
        );
        throw new AppError('OTP_RESEND_TOO_EARLY', 429, undefined, { 'retry-after': String(wait) });
      }
      const sends = await deps.rateLimits.hit(
        `otp-send:${o.purpose}:${o.subject}`,
        OTP_MAX_SENDS_PER_HOUR,
        HOUR,
      );
      if (!sends.allowed) {
        throw new AppError('OTP_SEND_LIMIT', 429, undefined, {
          'retry-after': String(sends.retryAfterSeconds),
        });
      }
      const code = newCode();
      const expiresAt = new Date(now.getTime() + OTP_TTL_MS);
      let id: string;
      if (open) {
        id = open.id;
        await repo.replaceCode(id, digest(o.purpose, id, code), now, expiresAt);
      } else {
        const row = await repo.insert({
          purpose: o.purpose,
          subject: o.subject,
          codeHmac: 'pending',
          lastSentAt: now,
          expiresAt,
          createdAt: now,
          data: o.data ?? null,
        });
        id = row.id;
        // The digest binds the row id, which exists only after the insert.
        await repo.replaceCode(id, digest(o.purpose, id, code), now, expiresAt);
      }
      return { id, code, expiresAt, resendAfter: new Date(now.getTime() + OTP_RESEND_AFTER_MS) };
    },

    /** `check` then `consume`, for an action that is nothing but the check. */
    async verify(o: { id: string; purpose: OtpPurpose; code: string }): Promise<OtpRow> {
      const row = await check(o);
      await consume(row.id);
      return row;
    },
    check,
    consume,
  };
}
export type OtpService = ReturnType<typeof otpService>;
