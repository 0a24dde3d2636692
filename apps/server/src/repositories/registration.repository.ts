import { and, eq, ne, sql, TransactionRollbackError } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { accounts, registrations } from '../db/schema/index.ts';

export type RegistrationRow = typeof registrations.$inferSelect;
export type RegistrationPatch = Partial<Omit<typeof registrations.$inferInsert, 'id'>>;
type NewAccount = typeof accounts.$inferInsert;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Registrations from draft to decision; every state change is a conditional update. */
export function registrationRepository(db: Db) {
  return {
    async insertDraft(v: { draftTokenHash: string; at: Date; expiresAt: Date }) {
      const [row] = await db
        .insert(registrations)
        .values({
          draftTokenHash: v.draftTokenHash,
          createdAt: v.at,
          updatedAt: v.at,
          expiresAt: v.expiresAt,
        })
        .returning();
      return row!;
    },
    /** Undefined for an unknown id, including one that is not even a UUID. */
    async get(id: string): Promise<RegistrationRow | undefined> {
      if (!UUID.test(id)) return undefined;
      const [row] = await db.select().from(registrations).where(eq(registrations.id, id));
      return row;
    },
    /** Updates a row still in `status`; undefined when it moved on meanwhile. */
    async update(id: string, status: RegistrationRow['status'], patch: RegistrationPatch) {
      const [row] = await db
        .update(registrations)
        .set(patch)
        .where(and(eq(registrations.id, id), eq(registrations.status, status)))
        .returning();
      return row;
    },
    /** Draft → pending with the next application number (DK-<year>-000123). */
    async submit(id: string, year: number, patch: RegistrationPatch) {
      const [row] = await db
        .update(registrations)
        .set({
          ...patch,
          status: 'pending',
          applicationNumber: sql`${`DK-${year}-`} || lpad(nextval('registration_number_seq')::text, 6, '0')`,
        })
        .where(and(eq(registrations.id, id), eq(registrations.status, 'draft')))
        .returning();
      return row;
    },
    /** A pending application for this code other than `exceptId`. */
    async pendingFor(bhxhCode: string, exceptId: string) {
      const [row] = await db
        .select({ id: registrations.id })
        .from(registrations)
        .where(
          and(
            eq(registrations.bhxhCode, bhxhCode),
            eq(registrations.status, 'pending'),
            ne(registrations.id, exceptId),
          ),
        )
        .limit(1);
      return row;
    },
    /** True when a pending application of ANOTHER code uses this email. */
    async emailPendingForOtherCode(emailKey: string, bhxhCode: string): Promise<boolean> {
      const rows = await db
        .select({ id: registrations.id })
        .from(registrations)
        .where(
          and(
            eq(registrations.emailKey, emailKey),
            eq(registrations.status, 'pending'),
            ne(registrations.bhxhCode, bhxhCode),
          ),
        )
        .limit(1);
      return rows.length > 0;
    },
    async byStatusToken(tokenHash: string, bhxhCode: string) {
      const [row] = await db
        .select()
        .from(registrations)
        .where(
          and(eq(registrations.statusTokenHash, tokenHash), eq(registrations.bhxhCode, bhxhCode)),
        );
      return row;
    },
    /**
     * pending → approved together with the new account, in one transaction: a second decision,
     * or an account created meanwhile, leaves nothing half done.
     */
    async approve(id: string, patch: RegistrationPatch, account: NewAccount) {
      const run = db.transaction(async (tx) => {
        const [acc] = await tx.insert(accounts).values(account).returning({ id: accounts.id });
        const [row] = await tx
          .update(registrations)
          .set({ ...patch, status: 'approved', accountId: acc!.id })
          .where(and(eq(registrations.id, id), eq(registrations.status, 'pending')))
          .returning();
        if (!row) tx.rollback();
        return row;
      });
      return run.catch((err) => {
        if (err instanceof TransactionRollbackError) return undefined;
        throw err;
      });
    },
    /**
     * "Hoàn tác": a decision taken at `decidedAt` goes back to 'pending' (only that decision: a
     * conditional update), and the account an approval created is deleted — it was never used,
     * since its password is in the mail that the undo cancels. Undefined when it moved on.
     */
    async undoDecision(
      id: string,
      from: { status: 'approved' | 'rejected'; decidedAt: Date },
      at: Date,
    ) {
      const [row] = await db
        .update(registrations)
        .set({
          status: 'pending',
          decidedAt: null,
          decidedBy: null,
          rejectReason: null,
          rejectNote: null,
          filesPurgeAt: null,
          accountId: null,
          updatedAt: at,
        })
        .where(
          and(
            eq(registrations.id, id),
            eq(registrations.status, from.status),
            eq(registrations.decidedAt, from.decidedAt),
          ),
        )
        .returning();
      return row;
    },
    /** The never-used account of an approval that was undone. */
    async deleteUnusedAccount(accountId: string): Promise<boolean> {
      const rows = await db
        .delete(accounts)
        .where(and(eq(accounts.id, accountId), eq(accounts.mustChangePassword, true)))
        .returning({ id: accounts.id });
      return rows.length === 1;
    },
    async reject(id: string, patch: RegistrationPatch) {
      const [row] = await db
        .update(registrations)
        .set({ ...patch, status: 'rejected' })
        .where(and(eq(registrations.id, id), eq(registrations.status, 'pending')))
        .returning();
      return row;
    },
  };
}
export type RegistrationRepository = ReturnType<typeof registrationRepository>;
