import { lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rateLimits } from '../db/schema/index.ts';

/** Fixed-window counters in the database, so every API instance shares them. */
export function rateLimitRepository(db: Db) {
  return {
    /** Adds one to the counter of `key` (created with `expiresAt`) and returns the new count. */
    async increment(key: string, expiresAt: Date): Promise<number> {
      const [row] = await db
        .insert(rateLimits)
        .values({ key, count: 1, expiresAt })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: { count: sql`${rateLimits.count} + 1` },
        })
        .returning({ count: rateLimits.count });
      return row!.count;
    },
    async purgeExpired(now: Date): Promise<void> {
      await db.delete(rateLimits).where(lt(rateLimits.expiresAt, now));
    },
  };
}
export type RateLimitRepository = ReturnType<typeof rateLimitRepository>;
