import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { preparedQuery } from '../db/prepared.ts';
import { loginThrottles } from '../db/schema/index.ts';

export type ThrottleRow = typeof loginThrottles.$inferSelect;

/** Every 5th consecutive failure locks; locks last 15 min × 2^(earlier locks), at most 24 h. */
export const FAILURES_PER_LOCK = 5;
export const MAX_FAILURES = 100;

/** Failed sign-in counters per login identifier, changed only by single atomic statements. */
export function loginThrottleRepository(db: Db) {
  const t = loginThrottles;
  // Every sign-in takes one: built once (db/prepared.ts), not per attempt.
  const reserve = preparedQuery(db, (d) => {
    const at = sql`${sql.placeholder('now')}::timestamptz`;
    const fifth = sql`(${t.consecutiveFailures} + 1) % ${FAILURES_PER_LOCK} = 0`;
    const minutes = sql`least(15 * power(2, least(${t.lockCount}, 10))::int, 1440)`;
    return d
      .insert(t)
      .values({
        key: sql.placeholder('key'),
        consecutiveFailures: 1,
        lockCount: 0,
        lockedUntil: null,
        updatedAt: at,
      })
      .onConflictDoUpdate({
        target: t.key,
        set: {
          consecutiveFailures: sql`${t.consecutiveFailures} + 1`,
          lockCount: sql`case when ${fifth} then ${t.lockCount} + 1 else ${t.lockCount} end`,
          lockedUntil: sql`case when ${fifth} then ${at} + make_interval(mins => ${minutes}) else ${t.lockedUntil} end`,
          updatedAt: at,
        },
        setWhere: sql`(${t.lockedUntil} is null or ${t.lockedUntil} <= ${at}) and ${t.consecutiveFailures} < ${MAX_FAILURES}`,
      })
      .returning()
      .prepare('login_throttle_reserve');
  });
  return {
    /**
     * Reserves one attempt: counts it as a failure *before* the password is checked, and sets the
     * lock when it is the 5th. Returns nothing while locked or past 100 failures, so 50 concurrent
     * guesses on an open account still get at most 5 evaluations.
     */
    async reserve(key: string, now: Date): Promise<ThrottleRow | undefined> {
      const [row] = await reserve({ key, now: now.toISOString() });
      return row;
    },
    async get(key: string): Promise<ThrottleRow | undefined> {
      const [row] = await db.select().from(t).where(eq(t.key, key));
      return row;
    },
    /** The right password, a passkey or a reset: the count, the lock and its growth start over. */
    async clear(key: string): Promise<void> {
      await db.delete(t).where(eq(t.key, key));
    },
  };
}
export type LoginThrottleRepository = ReturnType<typeof loginThrottleRepository>;
