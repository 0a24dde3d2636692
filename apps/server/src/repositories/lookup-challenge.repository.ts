import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { lookupChallenges } from '../db/schema/index.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Proof-of-work challenges of "Tra cứu mã số BHXH". Consumed by one atomic UPDATE (unused,
 * unexpired, same client), so a challenge serves exactly one lookup on any instance.
 */
export function lookupChallengeRepository(db: Db) {
  const c = lookupChallenges;
  return {
    async insert(row: {
      salt: string;
      difficulty: number;
      ipKey: string;
      expiresAt: Date;
    }): Promise<{ id: string }> {
      const [created] = await db.insert(c).values(row).returning({ id: c.id });
      return created!;
    },
    /**
     * Marks the challenge used and returns what it asked for, or undefined when it is unknown,
     * already used, expired or issued to another client. Only one caller can ever get it.
     */
    async consume(
      id: string,
      ipKey: string,
      now: Date,
    ): Promise<{ salt: string; difficulty: number } | undefined> {
      if (!UUID.test(id)) return undefined;
      const [row] = await db
        .update(c)
        .set({ usedAt: now })
        .where(and(eq(c.id, id), eq(c.ipKey, ipKey), isNull(c.usedAt), gt(c.expiresAt, now)))
        .returning({ salt: c.salt, difficulty: c.difficulty });
      return row;
    },
    /** Deletes challenges that expired before `before`. */
    async purgeExpired(before: Date): Promise<void> {
      await db.delete(c).where(lt(c.expiresAt, before));
    },
  };
}
export type LookupChallengeRepository = ReturnType<typeof lookupChallengeRepository>;
