import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { accounts, agencies, communes, insuredPersons, provinces } from '../db/schema/index.ts';

export type InsuredPersonRow = typeof insuredPersons.$inferSelect;

/** Read-only facts the registration rules check: records, accounts, units, agencies. */
export function registrationLookupRepository(db: Db) {
  return {
    async insuredPerson(bhxhCode: string): Promise<InsuredPersonRow | undefined> {
      const [row] = await db
        .select()
        .from(insuredPersons)
        .where(eq(insuredPersons.bhxhCode, bhxhCode));
      return row;
    },
    async accountExists(bhxhCode: string): Promise<boolean> {
      const rows = await db
        .select({ id: accounts.id })
        .from(accounts)
        .where(eq(accounts.bhxhCode, bhxhCode))
        .limit(1);
      return rows.length > 0;
    },
    /** An account of another (or no) BHXH code already uses this email. */
    async emailUsedByOtherAccount(emailKey: string, bhxhCode: string): Promise<boolean> {
      const rows = await db
        .select({ id: accounts.id })
        .from(accounts)
        .where(
          and(
            eq(sql`lower(${accounts.email})`, emailKey),
            sql`${accounts.bhxhCode} is distinct from ${bhxhCode}`,
          ),
        )
        .limit(1);
      return rows.length > 0;
    },
    async accountName(id: string): Promise<string | undefined> {
      const [row] = await db
        .select({ name: accounts.displayName })
        .from(accounts)
        .where(eq(accounts.id, id));
      return row?.name;
    },
    async province(code: string) {
      const [row] = await db.select().from(provinces).where(eq(provinces.code, code));
      return row;
    },
    async commune(code: string) {
      const [row] = await db.select().from(communes).where(eq(communes.code, code));
      return row;
    },
    async agency(id: string) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
      const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
      return row;
    },
  };
}
export type RegistrationLookupRepository = ReturnType<typeof registrationLookupRepository>;
