import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { preparedQuery } from '../db/prepared.ts';
import { accounts } from '../db/schema/index.ts';

export type AccountRow = typeof accounts.$inferSelect;
/** An account with what its password must not contain (citizens: from the insurance record). */
export type AccountWithPerson = AccountRow & { birthDate: string | null; fullName: string | null };

/** Accounts as sign-in sees them: by mã số BHXH (citizens), by username (staff), by id. */
export function accountRepository(db: Db) {
  // The person's fields are read by primary key in scalar subqueries, not through a join: with a
  // left join, an account whose code lies beyond the statistics of the last ANALYZE (every newly
  // issued code) made the planner pick a merge join that walked the whole insured_persons key
  // index — 556 ms at 1,000,000 people, against 0.13 ms this way (docs/PERFORMANCE.md).
  const withPerson = (d: Db = db) =>
    d
      .select({
        account: accounts,
        // Written out: inside a one-table select drizzle leaves column names unqualified, and an
        // unqualified bhxh_code here would mean the subquery's own.
        birthDate: sql<
          string | null
        >`(select p.birth_date::text from insured_persons p where p.bhxh_code = "accounts"."bhxh_code")`,
        fullName: sql<
          string | null
        >`(select p.full_name from insured_persons p where p.bhxh_code = "accounts"."bhxh_code")`,
      })
      .from(accounts);
  const flat = (
    r: { account: AccountRow; birthDate: string | null; fullName: string | null } | undefined,
  ): AccountWithPerson | undefined =>
    r ? { ...r.account, birthDate: r.birthDate, fullName: r.fullName } : undefined;
  // By id on every session check the cache does not answer, and on passkey sign-in: built once.
  const byId = preparedQuery(db, (d) =>
    withPerson(d)
      .where(eq(accounts.id, sql.placeholder('id')))
      .prepare('account_by_id'),
  );

  return {
    async findCitizenByCode(bhxhCode: string): Promise<AccountWithPerson | undefined> {
      const [r] = await withPerson().where(
        and(eq(accounts.bhxhCode, bhxhCode), eq(accounts.kind, 'citizen')),
      );
      return flat(r);
    },
    async findStaffByUsername(username: string): Promise<AccountWithPerson | undefined> {
      const [r] = await withPerson().where(
        and(eq(accounts.username, username), eq(accounts.kind, 'staff')),
      );
      return flat(r);
    },
    async get(id: string): Promise<AccountWithPerson | undefined> {
      const [r] = await byId({ id });
      return flat(r);
    },
    async setPassword(
      id: string,
      passwordHash: string,
      mustChangePassword: boolean,
    ): Promise<void> {
      await db
        .update(accounts)
        .set({ passwordHash, mustChangePassword })
        .where(eq(accounts.id, id));
    },
    listStaff(agencyId: string): Promise<AccountRow[]> {
      return db
        .select()
        .from(accounts)
        .where(and(eq(accounts.agencyId, agencyId), eq(accounts.kind, 'staff')))
        .orderBy(asc(accounts.username));
    },
  };
}
export type AccountRepository = ReturnType<typeof accountRepository>;
