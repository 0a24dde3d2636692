import { AppError } from '../lib/app-error.ts';
import { type Clock, HOUR } from '../lib/clock.ts';
import { hmac } from '../lib/secrets.ts';
import type { RateLimitRepository } from '../repositories/rate-limit.repository.ts';

export type RateDecision = { allowed: boolean; count: number; retryAfterSeconds: number };

/**
 * Routes that mail an address the caller typed, so they cannot be used to send mail (quoting
 * whatever was typed) to anyone: per client IP an hour, and per recipient a day. The per-IP
 * numbers leave room for a campus or an office behind one address (a registration day, a help
 * desk): feedback is rare (the whole country sends a few hundred a day), a reset needs a code or
 * two. Registration codes follow the drafts an IP may open (REGISTRATION_DRAFTS_PER_HOUR, 60 by
 * default, which the benchmark raises): a code and two resends each. Per recipient, nobody needs
 * more than a few codes or acknowledgements a day; 5 stops a mailbox being flooded from many IPs.
 */
export const REGISTRATION_OTP_SENDS_PER_DRAFT = 3;
export const MAIL_LIMITS = {
  feedback: { perIpHour: 20, perRecipientDay: 5 },
  'password-reset': { perIpHour: 30, perRecipientDay: 5 },
  // The default; the service passes REGISTRATION_OTP_SENDS_PER_DRAFT × the configured drafts.
  'registration-otp': { perIpHour: REGISTRATION_OTP_SENDS_PER_DRAFT * 60, perRecipientDay: 5 },
} as const;
export type MailRoute = keyof typeof MAIL_LIMITS;
const DAY = 24 * HOUR;

/**
 * "At most N per window" for any key (an IP, a BHXH code, an email), counted in the database.
 * Windows are fixed and aligned to the epoch, so every instance computes the same key.
 */
export function rateLimitService(deps: {
  repo: RateLimitRepository;
  clock: Clock;
  /** Keys per-recipient counters by an HMAC, so the table holds no email addresses. */
  hmacKey: Buffer;
}) {
  /** The counter of `key` in the current window: its row key, its expiry, and the decision. */
  function counter(key: string, limit: number, windowMs: number) {
    const now = deps.clock.now().getTime();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const windowEnd = windowStart + windowMs;
    return {
      counterKey: `${key}:${windowStart}`,
      expiresAt: new Date(windowEnd),
      decide: (count: number): RateDecision => ({
        allowed: count <= limit,
        count,
        retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now) / 1000)),
      }),
    };
  }
  async function hit(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    const c = counter(key, limit, windowMs);
    return c.decide(await deps.repo.increment(c.counterKey, c.expiresAt));
  }
  /** 429 RATE_LIMITED with Retry-After when the decision is over the limit. */
  function refuse(d: RateDecision): void {
    if (!d.allowed) {
      throw new AppError('RATE_LIMITED', 429, undefined, {
        'retry-after': String(d.retryAfterSeconds),
      });
    }
  }
  return {
    hit,
    /**
     * For a caller that counts in a statement of its own (the password sign-in counts its IP in
     * the statement that reads the account): the counter's row, and `enforce(count)` after it.
     */
    counter(key: string, limit: number, windowMs: number) {
      const c = counter(key, limit, windowMs);
      return { ...c, enforce: (count: number) => refuse(c.decide(count)) };
    },
    /** Like hit, but throws 429 RATE_LIMITED with Retry-After when the limit is passed. */
    async enforce(key: string, limit: number, windowMs: number): Promise<void> {
      refuse(await hit(key, limit, windowMs));
    },
    /** Per client IP, before anything else (counts every attempt): 429 MAIL_IP_LIMIT. */
    async enforceMailIp(
      route: MailRoute,
      ip: string,
      perHour: number = MAIL_LIMITS[route].perIpHour,
    ): Promise<void> {
      const d = await hit(`mail:${route}:ip:${ip}`, perHour, HOUR);
      if (!d.allowed)
        throw new AppError('MAIL_IP_LIMIT', 429, undefined, {
          'retry-after': String(d.retryAfterSeconds),
        });
    },
    /** The per-recipient key of an address: an HMAC of it lower-cased (no address is stored). */
    recipientKey: (email: string) =>
      hmac(deps.hmacKey, `mail-recipient:${email.trim().toLowerCase()}`),
    /** Per recipient (by `recipientKey`), right before a mail is written: 429 at `field`. */
    async enforceMailRecipient(route: MailRoute, key: string, field = 'email'): Promise<void> {
      const d = await hit(`mail:${route}:to:${key}`, MAIL_LIMITS[route].perRecipientDay, DAY);
      if (!d.allowed)
        throw new AppError('MAIL_RECIPIENT_LIMIT', 429, [{ field, code: 'MAIL_RECIPIENT_LIMIT' }], {
          'retry-after': String(d.retryAfterSeconds),
        });
    },
    purgeExpired: () => deps.repo.purgeExpired(deps.clock.now()),
  };
}
export type RateLimitService = ReturnType<typeof rateLimitService>;
