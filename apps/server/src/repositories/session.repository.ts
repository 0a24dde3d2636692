import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { preparedQuery } from '../db/prepared.ts';
import { accounts, sessions } from '../db/schema/index.ts';

export type SessionRow = typeof sessions.$inferSelect;
export type SessionWithAccount = {
  session: SessionRow;
  account: typeof accounts.$inferSelect;
};

/** Server-side sessions: the cookie's token hash is the primary key. */
export function sessionRepository(db: Db) {
  // Every authenticated request resolves its session: built once, not per request.
  const findLive = preparedQuery(db, (d) =>
    d
      .select({ session: sessions, account: accounts })
      .from(sessions)
      .innerJoin(accounts, eq(accounts.id, sessions.accountId))
      .where(and(eq(sessions.id, sql.placeholder('id')), isNull(sessions.revokedAt)))
      .prepare('session_find_live'),
  );
  return {
    async insert(row: typeof sessions.$inferInsert): Promise<void> {
      await db.insert(sessions).values(row);
    },
    async findLive(id: string): Promise<SessionWithAccount | undefined> {
      const [row] = await findLive({ id });
      return row;
    },
    async touch(id: string, at: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
    },
    async update(id: string, patch: Partial<typeof sessions.$inferInsert>): Promise<void> {
      await db.update(sessions).set(patch).where(eq(sessions.id, id));
    },
    async revoke(id: string, at: Date): Promise<void> {
      await db.update(sessions).set({ revokedAt: at }).where(eq(sessions.id, id));
    },
    /** Ends every session of an account, optionally keeping one (the current device). */
    async revokeAllForAccount(accountId: string, at: Date, exceptId?: string): Promise<void> {
      const cond = exceptId
        ? and(
            eq(sessions.accountId, accountId),
            isNull(sessions.revokedAt),
            ne(sessions.id, exceptId),
          )
        : and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt));
      await db.update(sessions).set({ revokedAt: at }).where(cond);
    },
    listLive(accountId: string): Promise<SessionRow[]> {
      return db
        .select()
        .from(sessions)
        .where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt)));
    },
  };
}
export type SessionRepository = ReturnType<typeof sessionRepository>;
