import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { passkeys } from '../db/schema/index.ts';

export type PasskeyRow = typeof passkeys.$inferSelect;

/** WebAuthn credentials; the credential id (base64url) is the primary key. */
export function passkeyRepository(db: Db) {
  return {
    async insert(row: typeof passkeys.$inferInsert): Promise<PasskeyRow> {
      const [r] = await db.insert(passkeys).values(row).returning();
      return r!;
    },
    async get(id: string): Promise<PasskeyRow | undefined> {
      const [r] = await db.select().from(passkeys).where(eq(passkeys.id, id));
      return r;
    },
    listForAccount(accountId: string): Promise<PasskeyRow[]> {
      return db
        .select()
        .from(passkeys)
        .where(eq(passkeys.accountId, accountId))
        .orderBy(asc(passkeys.createdAt));
    },
    /** Account ids among `accountIds` that have at least one passkey. */
    async accountsWithPasskeys(accountIds: string[]): Promise<Set<string>> {
      if (accountIds.length === 0) return new Set();
      const rows = await db
        .selectDistinct({ accountId: passkeys.accountId })
        .from(passkeys)
        .where(inArray(passkeys.accountId, accountIds));
      return new Set(rows.map((r) => r.accountId));
    },
    async recordUse(id: string, counter: number, at: Date): Promise<void> {
      await db.update(passkeys).set({ counter, lastUsedAt: at }).where(eq(passkeys.id, id));
    },
    /** Removes one of the account's own passkeys; false if there is no such passkey. */
    async remove(accountId: string, id: string): Promise<boolean> {
      const r = await db
        .delete(passkeys)
        .where(and(eq(passkeys.id, id), eq(passkeys.accountId, accountId)))
        .returning({ id: passkeys.id });
      return r.length === 1;
    },
  };
}
export type PasskeyRepository = ReturnType<typeof passkeyRepository>;
