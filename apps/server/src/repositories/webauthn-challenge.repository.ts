import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { webauthnChallenges } from '../db/schema/index.ts';

type Purpose = (typeof webauthnChallenges.$inferSelect)['purpose'];

/** Single-use WebAuthn challenges: consumed by one atomic UPDATE, so a replay finds nothing. */
export function webauthnChallengeRepository(db: Db) {
  const c = webauthnChallenges;
  return {
    async insert(row: typeof c.$inferInsert): Promise<void> {
      await db.insert(c).values(row);
    },
    /**
     * Marks the challenge used if it is unused, unexpired, for this purpose and bound to this
     * account (null = an anonymous sign-in). True only for the one caller that consumed it.
     */
    async consume(
      challenge: string,
      purpose: Purpose,
      accountId: string | null,
      now: Date,
    ): Promise<boolean> {
      const r = await db
        .update(c)
        .set({ usedAt: now })
        .where(
          and(
            eq(c.challenge, challenge),
            eq(c.purpose, purpose),
            accountId ? eq(c.accountId, accountId) : isNull(c.accountId),
            isNull(c.usedAt),
            gt(c.expiresAt, now),
          ),
        )
        .returning({ challenge: c.challenge });
      return r.length === 1;
    },
    /** Old challenges are kept a day (replays stay refused as "used"), then deleted. */
    async purge(now: Date): Promise<void> {
      const dayAgo = sql`${now.toISOString()}::timestamptz - interval '1 day'`;
      await db.delete(c).where(or(lt(c.expiresAt, dayAgo), lt(c.usedAt, dayAgo)));
    },
  };
}
export type WebauthnChallengeRepository = ReturnType<typeof webauthnChallengeRepository>;
