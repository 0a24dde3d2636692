import { and, asc, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  communeSuccessions,
  communes,
  oldCommunes,
  oldDistricts,
  oldProvinces,
  provinces,
} from '../db/schema/index.ts';

const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Current (2025) and old administrative units, and the old→new commune links. */
export function adminUnitsRepository(db: Db) {
  return {
    provinces: () =>
      db
        .select({
          code: provinces.code,
          name: provinces.name,
          shortName: provinces.shortName,
          type: provinces.type,
        })
        .from(provinces)
        .orderBy(asc(provinces.code)),
    /** Communes of a province (or all), whose search key contains `key` anywhere. */
    communes: (o: { provinceCode?: string | undefined; key?: string | undefined; limit: number }) =>
      db
        .select({
          code: communes.code,
          name: communes.name,
          type: communes.type,
          provinceCode: communes.provinceCode,
        })
        .from(communes)
        .where(
          and(
            o.provinceCode ? eq(communes.provinceCode, o.provinceCode) : undefined,
            o.key ? ilike(communes.searchKey, `%${like(o.key)}%`) : undefined,
          ),
        )
        .orderBy(asc(communes.searchKey))
        .limit(o.limit),
    provincesByKeys: (keys: string[]) =>
      db.select().from(provinces).where(inArray(provinces.searchKey, keys)),
    communesByKeys: (provinceCode: string, keys: string[]) =>
      db
        .select()
        .from(communes)
        .where(and(eq(communes.provinceCode, provinceCode), inArray(communes.searchKey, keys))),
    oldProvincesByKeys: (keys: string[]) =>
      db.select().from(oldProvinces).where(inArray(oldProvinces.searchKey, keys)),
    oldDistrictsByKeys: (oldProvinceCode: string, keys: string[]) =>
      db
        .select()
        .from(oldDistricts)
        .where(
          and(
            eq(oldDistricts.provinceCode, oldProvinceCode),
            inArray(oldDistricts.searchKey, keys),
          ),
        ),
    oldCommunesByKeys: (oldProvinceCode: string, keys: string[]) =>
      db
        .select()
        .from(oldCommunes)
        .where(
          and(eq(oldCommunes.provinceCode, oldProvinceCode), inArray(oldCommunes.searchKey, keys)),
        ),
    /** The new communes (with their province) that old communes went into. */
    successors: (oldCodes: string[]) =>
      db
        .select({
          oldCode: communeSuccessions.oldCode,
          kind: communeSuccessions.kind,
          communeCode: communes.code,
          communeName: communes.name,
          provinceCode: provinces.code,
          provinceName: provinces.name,
        })
        .from(communeSuccessions)
        .innerJoin(communes, eq(communes.code, communeSuccessions.newCode))
        .innerJoin(provinces, eq(provinces.code, communes.provinceCode))
        .where(inArray(communeSuccessions.oldCode, oldCodes))
        .orderBy(asc(communes.code)),
    /** The current province most of an old province's communes went into. */
    async successorProvince(oldProvinceCode: string) {
      const [row] = await db
        .select({ code: provinces.code, name: provinces.name, n: sql<number>`count(*)::int` })
        .from(oldCommunes)
        .innerJoin(communeSuccessions, eq(communeSuccessions.oldCode, oldCommunes.code))
        .innerJoin(communes, eq(communes.code, communeSuccessions.newCode))
        .innerJoin(provinces, eq(provinces.code, communes.provinceCode))
        .where(eq(oldCommunes.provinceCode, oldProvinceCode))
        .groupBy(provinces.code, provinces.name)
        .orderBy(sql`count(*) desc`)
        .limit(1);
      return row;
    },
  };
}
export type AdminUnitsRepository = ReturnType<typeof adminUnitsRepository>;
