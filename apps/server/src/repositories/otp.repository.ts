import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { otps } from '../db/schema/index.ts';

export type OtpRow = typeof otps.$inferSelect;
export type OtpPurpose = OtpRow['purpose'];

export function otpRepository(db: Db) {
  return {
    async insert(row: typeof otps.$inferInsert): Promise<OtpRow> {
      const [r] = await db.insert(otps).values(row).returning();
      return r!;
    },
    async get(id: string): Promise<OtpRow | undefined> {
      const [r] = await db.select().from(otps).where(eq(otps.id, id));
      return r;
    },
    /** The newest code for a purpose and subject that is neither used nor void. */
    async findOpen(purpose: OtpPurpose, subject: string): Promise<OtpRow | undefined> {
      const [r] = await db
        .select()
        .from(otps)
        .where(
          and(
            eq(otps.purpose, purpose),
            eq(otps.subject, subject),
            isNull(otps.consumedAt),
            isNull(otps.voidedAt),
          ),
        )
        .orderBy(desc(otps.createdAt))
        .limit(1);
      return r;
    },
    /** Replaces the code (resend); the attempt count is deliberately kept. */
    async replaceCode(id: string, codeHmac: string, sentAt: Date, expiresAt: Date): Promise<void> {
      await db
        .update(otps)
        .set({ codeHmac, lastSentAt: sentAt, expiresAt, sendCount: sql`${otps.sendCount} + 1` })
        .where(eq(otps.id, id));
    },
    /**
     * Takes one attempt atomically. Returns the row only if the attempt may be evaluated: the
     * code is open and had fewer than `max` attempts. 50 concurrent guesses → at most `max` rows.
     */
    async takeAttempt(id: string, max: number): Promise<OtpRow | undefined> {
      const [r] = await db
        .update(otps)
        .set({ attempts: sql`${otps.attempts} + 1` })
        .where(
          and(
            eq(otps.id, id),
            lt(otps.attempts, max),
            isNull(otps.consumedAt),
            isNull(otps.voidedAt),
          ),
        )
        .returning();
      return r;
    },
    /** Marks the code used; false if another request used it first. */
    async consume(id: string, at: Date): Promise<boolean> {
      const r = await db
        .update(otps)
        .set({ consumedAt: at })
        .where(and(eq(otps.id, id), isNull(otps.consumedAt), isNull(otps.voidedAt)))
        .returning({ id: otps.id });
      return r.length === 1;
    },
    async voidCode(id: string, at: Date): Promise<void> {
      await db.update(otps).set({ voidedAt: at }).where(eq(otps.id, id));
    },
  };
}
export type OtpRepository = ReturnType<typeof otpRepository>;
