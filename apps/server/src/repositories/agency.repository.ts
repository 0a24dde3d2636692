import { asc, desc, eq, ilike, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies } from '../db/schema/index.ts';

const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The social-insurance agencies that receive registrations. */
export function agencyRepository(db: Db) {
  return {
    /** Agencies whose search key contains `key`; those of `provinceCode` first. */
    list: (o: { key?: string | undefined; provinceCode?: string | undefined }) =>
      db
        .select()
        .from(agencies)
        .where(o.key ? ilike(agencies.searchKey, `%${like(o.key)}%`) : undefined)
        .orderBy(
          ...(o.provinceCode ? [desc(sql`${agencies.provinceCode} = ${o.provinceCode}`)] : []),
          asc(agencies.code),
        )
        .limit(100),
    async get(id: string) {
      const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
      return row;
    },
  };
}
export type AgencyRepository = ReturnType<typeof agencyRepository>;
