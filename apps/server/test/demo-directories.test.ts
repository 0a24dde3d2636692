import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client.ts';
import {
  _generators as gen,
  KNOWN_DIRECTORY_ROWS,
  seedDemoDirectories,
} from '../src/db/seed/demo-directories.ts';
import { JITTER, PROVINCE_GEO } from '../src/db/seed/directory-geo.ts';
import { directoryKeys } from '../src/services/lookups/directory-keys.ts';
import { createTestApp, type TestApp } from './helpers.ts';

/** Small enough to stay quick, big enough (employers ≥ 2,000) to take the index-rebuild path. */
const SIZES = { agencies: 120, facilities: 700, employers: 3_000, collectionPoints: 600 };
const TABLES = ['agencies', 'health_facilities', 'employers', 'collection_points'] as const;

let t: TestApp;
let database: Database;
let first: Awaited<ReturnType<typeof seedDemoDirectories>>;
const rows = async (text: string, values?: unknown[]) =>
  (await database.executeSql(text, values)).rows;
const count = async (text: string) => Number((await rows(text))[0]!.n);

beforeAll(async () => {
  t = await createTestApp({ seed: { adminUnits: true, demo: true } });
  database = t.runtime.database;
  first = await seedDemoDirectories(database, SIZES);
}, 120_000);
afterAll(async () => t?.close());

describe('demo directories', () => {
  it('writes the requested sizes, the two demo agencies completed in place', async () => {
    expect(first).toEqual({
      agencies: SIZES.agencies,
      facilities: SIZES.facilities,
      employers: SIZES.employers,
      collectionPoints: SIZES.collectionPoints,
    });
    expect(await count('select count(*) as n from agencies')).toBe(SIZES.agencies);
    expect(await count("select count(*) as n from agencies where kind = 'province'")).toBe(34);
    const kept = await rows(
      "select code, name, demo, working_hours, latitude from agencies where code in ('001', '031') order by code",
    );
    expect(kept.map((a) => a.name)).toEqual(['BHXH Tp. Hà Nội', 'BHXH TP Hải Phòng']);
    for (const a of kept) {
      expect(a.demo).toBe(true);
      expect(a.working_hours).toBe('Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–16:30');
      expect(a.latitude).not.toBeNull();
    }
    // The demo officers still belong to their agencies.
    expect(
      await count(
        "select count(*) as n from accounts s join agencies a on a.id = s.agency_id where s.username in ('hanoi.officer', 'haiphong.officer')",
      ),
    ).toBe(2);
  });

  it('is deterministic: the generators give the same rows twice, and those are the rows stored', async () => {
    const world = await gen.loadWorld(database);
    const take = <T>(it: Iterable<T>, n: number) => {
      const out: T[] = [];
      for (const x of it) if (out.push(x) >= n) break;
      return out;
    };
    const a = take(gen.facilityRows(world, 50), 50);
    const b = take(gen.facilityRows(world, 50), 50);
    expect(a).toEqual(b);
    const p1 = take(gen.pointRows(world, 30), 30);
    expect(take(gen.pointRows(world, 30), 30)).toEqual(p1);
    const stored = await rows(
      'select code, name, address, latitude from health_facilities where code = any($1::text[]) order by code',
      [a.map((r) => r[0])],
    );
    const expected = a
      .map((r) => ({ code: r[0], name: r[1], address: r[6], latitude: r[8] }))
      .sort((x, y) => String(x.code).localeCompare(String(y.code)));
    expect(stored).toEqual(expected);
    const storedPoint = await rows('select name, address from collection_points where code = $1', [
      p1[0]![0],
    ]);
    expect(storedPoint).toEqual([{ name: p1[0]![1], address: p1[0]![6] }]);
  });

  it("puts every row in a commune of its own province, inside the province's box", async () => {
    for (const table of TABLES) {
      expect(await count(`select count(*) as n from ${table} where not demo`)).toBe(0);
      expect(
        await count(
          `select count(*) as n from ${table} t left join communes c on c.code = t.commune_code
            where c.code is null or c.province_code <> t.province_code`,
        ),
      ).toBe(0);
      if (table === 'employers') continue;
      const all = await rows(`select province_code as p, latitude, longitude from ${table}`);
      for (const r of all) {
        const g = PROVINCE_GEO[r.p as string]!;
        expect(Math.abs((r.latitude as number) - g.lat)).toBeLessThanOrEqual(JITTER);
        expect(Math.abs((r.longitude as number) - g.lng)).toBeLessThanOrEqual(JITTER);
      }
    }
    // Provincial agencies sit in the ward of the provincial capital (seedDemo's Hà Nội row excepted).
    const seats = await rows(
      `select a.province_code as p, c.name from agencies a join communes c on c.code = a.commune_code
        where a.kind = 'province' and a.code <> '001'`,
    );
    expect(seats).toHaveLength(33);
    for (const s of seats) expect(s.name).toBe(PROVINCE_GEO[s.p as string]!.seat);
    // Each employer is managed by an agency of its own province.
    expect(
      await count(
        'select count(*) as n from employers e join agencies a on a.code = e.agency_code where a.province_code <> e.province_code',
      ),
    ).toBe(0);
  });

  it('writes unique, well-formed codes', async () => {
    const check = async (table: string, column: string, re: RegExp) => {
      const values = (await rows(`select ${column} as v from ${table}`)).map((r) => r.v as string);
      expect(new Set(values).size).toBe(values.length);
      for (const v of values) expect(v).toMatch(re);
    };
    await check('agencies', 'code', /^0\d{2}(\d{2})?$/);
    await check('health_facilities', 'code', /^\d{5}$/);
    await check('employers', 'unit_code', /^[A-Z]{2}\d{4}[A-Z]$/);
    await check('collection_points', 'code', /^(DL|DT)\d{7}$/);
    const taxes = await rows('select tax_code as v from employers where tax_code is not null');
    expect(taxes.length).toBeGreaterThan(SIZES.employers * 0.9);
    for (const r of taxes) expect(r.v).toMatch(/^\d{10}(-\d{3})?$/);
    // Facility codes start with a pre-2025 province code of the facility's province.
    for (const r of await rows('select code, province_code as p from health_facilities'))
      expect(PROVINCE_GEO[r.p as string]!.old.concat(['89'])).toContain(
        (r.code as string).slice(0, 2),
      );
  });

  it('stores the keys directoryKeys() computes', async () => {
    const all = await rows(
      `select f.name, f.address, f.code, f.name_key, f.search_key, c.name as commune, p.name as province
         from health_facilities f join provinces p on p.code = f.province_code
         left join communes c on c.code = f.commune_code order by f.code limit 200`,
    );
    for (const r of all) {
      const k = directoryKeys({
        name: r.name as string,
        address: r.address as string,
        communeName: r.commune as string,
        provinceName: r.province as string,
        codes: [r.code as string],
      });
      expect({ nameKey: r.name_key, searchKey: r.search_key }).toEqual(k);
    }
    // Agencies (seedDemo's two included): the key the import writes too, code included.
    const agencies = await rows(
      `select a.code, a.name, a.address, a.search_key, c.name as commune, p.name as province
         from agencies a join provinces p on p.code = a.province_code
         left join communes c on c.code = a.commune_code`,
    );
    for (const a of agencies)
      expect(a.search_key).toBe(
        directoryKeys({
          name: a.name as string,
          address: a.address as string,
          communeName: a.commune as string | null,
          provinceName: a.province as string,
          codes: [a.code as string],
        }).searchKey,
      );
    const hp = agencies.find((a) => a.code === '031')!;
    expect(hp.search_key).toContain('hai phong');
    expect(hp.search_key).toContain('phuong hong bang');
  });

  it('has realistic proportions and the known rows', async () => {
    const f = (
      await rows(
        `select count(*)::int as n, count(*) filter (where bhyt_contracted)::int as bhyt,
              count(*) filter (where issues_sick_leave)::int as sick,
              count(*) filter (where level = 'specialized')::int as specialized,
              count(*) filter (where ownership = 'private')::int as private
         from health_facilities`,
      )
    )[0]!;
    expect(f.bhyt as number).toBeGreaterThan(0.75 * (f.n as number));
    expect(f.sick as number).toBeGreaterThan(0.3 * (f.n as number));
    expect(f.specialized as number).toBeLessThan(0.15 * (f.n as number));
    expect(f.private as number).toBeGreaterThan(0.1 * (f.n as number));
    const statuses = await rows(
      'select status, count(*)::int as n from employers group by status order by n desc',
    );
    expect(statuses.map((s) => s.status)).toEqual(['active', 'terminated', 'suspended']);

    const bachMai = await rows(
      'select code, level, commune_code, issues_sick_leave, bhyt_contracted from health_facilities where name = $1',
      [KNOWN_DIRECTORY_ROWS.facility.name],
    );
    expect(bachMai).toEqual([
      {
        code: KNOWN_DIRECTORY_ROWS.facility.code,
        level: 'specialized',
        commune_code: '00229',
        issues_sick_leave: true,
        bhyt_contracted: true,
      },
    ]);
    const vmu = await rows(
      'select unit_code, agency_code, province_code, status from employers where name = $1',
      [KNOWN_DIRECTORY_ROWS.employer.name],
    );
    expect(vmu).toEqual([
      { unit_code: 'GD0001A', agency_code: '031', province_code: '31', status: 'active' },
    ]);
  });

  it('rebuilt the indexes it dropped for the bulk load', async () => {
    const names = (
      await rows("select indexname as n from pg_indexes where tablename = 'employers' order by 1")
    ).map((r) => r.n);
    expect(names).toEqual(
      expect.arrayContaining([
        'employers_province_idx',
        'employers_search_trgm_idx',
        'employers_tax_code_idx',
        'employers_unit_code_unique',
      ]),
    );
  });

  it('is idempotent: a second call writes nothing', async () => {
    const before = await Promise.all(TABLES.map((x) => count(`select count(*) as n from ${x}`)));
    const again = await seedDemoDirectories(database, SIZES);
    expect(again).toEqual({ agencies: 0, facilities: 0, employers: 0, collectionPoints: 0 });
    expect(await Promise.all(TABLES.map((x) => count(`select count(*) as n from ${x}`)))).toEqual(
      before,
    );
  });
});
