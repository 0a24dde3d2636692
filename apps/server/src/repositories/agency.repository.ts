import { and, asc, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, provinces } from '../db/schema/index.ts';
import { provincialAgencyScore } from './agency-rank.ts';

const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The social-insurance agencies that receive registrations. */
export function agencyRepository(db: Db) {
  return {
    /**
     * Agencies whose search key has every word of `key` (as the public directory search); at most
     * 100. Order: a provincial agency whose province the search names (agency-rank.ts), then
     * those of `provinceCode` (the applicant's), provincial before base agencies, then by name.
     */
    list: (o: { key?: string | undefined; provinceCode?: string | undefined }) => {
      const words = (o.key ?? '').split(' ').filter(Boolean);
      return db
        .select(getTableColumns(agencies))
        .from(agencies)
        .innerJoin(provinces, eq(provinces.code, agencies.provinceCode))
        .where(
          words.length > 0
            ? and(
                ...words.map((w) => sql`${agencies.searchKey} like ${`%${like(w)}%`} escape '\\'`),
              )
            : undefined,
        )
        .orderBy(
          ...(words.length > 0 ? [desc(provincialAgencyScore(words))] : []),
          ...(o.provinceCode ? [desc(sql`${agencies.provinceCode} = ${o.provinceCode}`)] : []),
          desc(sql`${agencies.kind} = 'province'`),
          asc(agencies.searchKey),
          asc(agencies.code),
        )
        .limit(100);
    },
    async get(id: string) {
      const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
      return row;
    },
  };
}
export type AgencyRepository = ReturnType<typeof agencyRepository>;
