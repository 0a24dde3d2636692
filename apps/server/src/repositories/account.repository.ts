import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { accounts, insuredPersons } from '../db/schema/index.ts';

export type AccountRow = typeof accounts.$inferSelect;
/** An account with what its password must not contain (citizens: from the insurance record). */
export type AccountWithPerson = AccountRow & { birthDate: string | null; fullName: string | null };

/** Accounts as sign-in sees them: by mã số BHXH (citizens), by username (staff), by id. */
export function accountRepository(db: Db) {
  const withPerson = () =>
    db
      .select({
        account: accounts,
        birthDate: insuredPersons.birthDate,
        fullName: insuredPersons.fullName,
      })
      .from(accounts)
      .leftJoin(insuredPersons, eq(insuredPersons.bhxhCode, accounts.bhxhCode));
  const flat = (
    r: { account: AccountRow; birthDate: string | null; fullName: string | null } | undefined,
  ): AccountWithPerson | undefined =>
    r ? { ...r.account, birthDate: r.birthDate, fullName: r.fullName } : undefined;

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
      const [r] = await withPerson().where(eq(accounts.id, id));
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
