import { readFileSync } from 'node:fs';
import { searchKey } from '@vssid/domain';
import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import {
  communeSuccessions,
  communes,
  oldCommunes,
  oldDistricts,
  oldProvinces,
  provinces,
} from '../schema/index.ts';

const DATA_DIR = new URL('../../../data/dvhc/', import.meta.url);
const SEED_LOCK = 7_370_002;
/** Codes the mapping (1 July 2025) uses for communes that were re-coded later. */
const RECODED: Record<string, string> = { '06970': '06978', '23737': '23938' };

type Unit = { code: string; name: string; short: string; type: string };
type NewTree = { provinces: (Unit & { wards: Unit[] })[] };
type OldTree = { provinces: (Unit & { districts: (Unit & { wards: Unit[] })[] })[] };
type Merges = {
  data: { level2s: { level2_id: string; merges: { old_id: string; type: string }[] }[] }[];
};

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, DATA_DIR), 'utf8')) as T;
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
}

/**
 * Loads the official administrative units (current and pre-2025) and the merger mapping,
 * once: a database that already has provinces is left alone.
 */
export async function seedAdminUnits(database: Database): Promise<boolean> {
  return database.withAdvisoryLock(SEED_LOCK, async () => {
    const { db } = database;
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(provinces);
    if ((row?.n ?? 0) > 0) return false;

    const current = readJson<NewTree>('units_2level.json');
    const old = readJson<OldTree>('units_3level.json');
    const merges = readJson<Merges>('new_to_old_merges.min.json');

    await db.transaction(async (tx) => {
      await tx.insert(provinces).values(
        current.provinces.map((p) => ({
          code: p.code,
          name: p.name,
          shortName: p.short,
          type: p.type,
          searchKey: searchKey(p.name),
        })),
      );
      const newCommunes = current.provinces.flatMap((p) =>
        p.wards.map((w) => ({
          code: w.code,
          provinceCode: p.code,
          name: w.name,
          type: w.type,
          searchKey: searchKey(w.name),
        })),
      );
      await insertChunked(newCommunes, (c) => tx.insert(communes).values(c));

      await tx
        .insert(oldProvinces)
        .values(
          old.provinces.map((p) => ({ code: p.code, name: p.name, searchKey: searchKey(p.name) })),
        );
      const districts = old.provinces.flatMap((p) =>
        p.districts.map((d) => ({
          code: d.code,
          provinceCode: p.code,
          name: d.name,
          searchKey: searchKey(d.name),
        })),
      );
      await insertChunked(districts, (c) => tx.insert(oldDistricts).values(c));
      const oldWards = old.provinces.flatMap((p) =>
        p.districts.flatMap((d) =>
          d.wards.map((w) => ({
            code: w.code,
            districtCode: d.code,
            provinceCode: p.code,
            name: w.name,
            searchKey: searchKey(w.name),
          })),
        ),
      );
      await insertChunked(oldWards, (c) => tx.insert(oldCommunes).values(c));

      const known = new Set(newCommunes.map((c) => c.code));
      const links = merges.data.flatMap((p) =>
        p.level2s.flatMap((l2) => {
          const newCode = RECODED[l2.level2_id] ?? l2.level2_id;
          if (!known.has(newCode)) return [];
          return l2.merges.map((m) => ({
            oldCode: m.old_id,
            newCode,
            kind: m.type === 'full' ? ('full' as const) : ('partial' as const),
          }));
        }),
      );
      await insertChunked(links, (c) =>
        tx.insert(communeSuccessions).values(c).onConflictDoNothing(),
      );
    });
    return true;
  });
}
