import { AppError } from '../lib/app-error.ts';
import type { Clock } from '../lib/clock.ts';
import type { RateLimitRepository } from '../repositories/rate-limit.repository.ts';

export type RateDecision = { allowed: boolean; count: number; retryAfterSeconds: number };

/**
 * "At most N per window" for any key (an IP, a BHXH code, an email), counted in the database.
 * Windows are fixed and aligned to the epoch, so every instance computes the same key.
 */
export function rateLimitService(deps: { repo: RateLimitRepository; clock: Clock }) {
  async function hit(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    const now = deps.clock.now().getTime();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const windowEnd = windowStart + windowMs;
    const count = await deps.repo.increment(`${key}:${windowStart}`, new Date(windowEnd));
    return {
      allowed: count <= limit,
      count,
      retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now) / 1000)),
    };
  }
  return {
    hit,
    /** Like hit, but throws 429 RATE_LIMITED with Retry-After when the limit is passed. */
    async enforce(key: string, limit: number, windowMs: number): Promise<void> {
      const d = await hit(key, limit, windowMs);
      if (!d.allowed) {
        throw new AppError('RATE_LIMITED', 429, undefined, {
          'retry-after': String(d.retryAfterSeconds),
        });
      }
    },
    purgeExpired: () => deps.repo.purgeExpired(deps.clock.now()),
  };
}
export type RateLimitService = ReturnType<typeof rateLimitService>;
