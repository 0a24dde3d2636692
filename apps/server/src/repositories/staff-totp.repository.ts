import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { staffTotp } from '../db/schema/index.ts';

export type StaffTotpRow = typeof staffTotp.$inferSelect;

/** Staff TOTP seeds (encrypted by the service) and the last accepted time step. */
export function staffTotpRepository(db: Db) {
  return {
    async get(accountId: string): Promise<StaffTotpRow | undefined> {
      const [r] = await db.select().from(staffTotp).where(eq(staffTotp.accountId, accountId));
      return r;
    },
    async accountsWithTotp(accountIds: string[]): Promise<Set<string>> {
      if (accountIds.length === 0) return new Set();
      const rows = await db
        .select({ accountId: staffTotp.accountId })
        .from(staffTotp)
        .where(inArray(staffTotp.accountId, accountIds));
      return new Set(rows.map((r) => r.accountId));
    },
    /**
     * Records `step` as used if it is later than the last one used. False when this step (or a
     * later one) was already accepted: the same code cannot sign in twice, even concurrently.
     */
    async useStep(accountId: string, step: number): Promise<boolean> {
      const r = await db
        .update(staffTotp)
        .set({ lastUsedStep: step })
        .where(
          and(
            eq(staffTotp.accountId, accountId),
            or(isNull(staffTotp.lastUsedStep), lt(staffTotp.lastUsedStep, step)),
          ),
        )
        .returning({ accountId: staffTotp.accountId });
      return r.length === 1;
    },
  };
}
export type StaffTotpRepository = ReturnType<typeof staffTotpRepository>;
