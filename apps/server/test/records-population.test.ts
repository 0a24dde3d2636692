import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { seedDemoDirectories } from '../src/db/seed/demo-directories.ts';
import { seedPopulation } from '../src/db/seed/population.ts';
import { rng } from '../src/db/seed/population-names.ts';
import { generatePerson } from '../src/db/seed/population-people.ts';
import { createTestApp, type TestApp } from './helpers.ts';

/** The population generator behind `npm run db:seed -- --citizens N`. */
let t: TestApp;
const NOW = new Date('2026-11-26T02:00:00Z');
const count = async (sql: string) =>
  (await t.runtime.database.executeSql(sql)).rows[0]!.n as number;

beforeAll(async () => {
  t = await createTestApp({ seed: { adminUnits: true, demo: true }, workers: false });
}, 120_000);
afterAll(async () => t?.close());

describe('population seed', () => {
  it('is deterministic', () => {
    const commune = { code: '00004', provinceCode: '01', name: 'Phường Ba Đình' };
    const places = {
      facilities: new Map([['01', [{ code: '01001', name: 'Bệnh viện Bạch Mai' }]]]),
      employers: new Map([['01', [{ unitCode: 'GD0004A', name: 'Bảo hiểm Xã hội Việt Nam' }]]]),
      agencyName: new Map([['01', 'BHXH Tp. Hà Nội']]),
    };
    const a = generatePerson(rng(7), 3, commune, '2026-11', places);
    expect(generatePerson(rng(7), 3, commune, '2026-11', places)).toEqual(a);
    expect(a.person.bhxhCode).toBe('9000000003');
    expect(a.person.fullName).toMatch(/^\p{Lu}\p{Ll}* .+/u);
  });

  it('writes ≥ 5,000 citizens a minute with records, leaving the demo people alone', async () => {
    const demoBefore = await count(
      `select count(*)::int as n from participation_periods where bhxh_code = '${DEMO.citizen.bhxhCode}'`,
    );
    // The people work and are treated at rows of the directories (seeded here, outside the timing).
    await seedDemoDirectories(t.runtime.database);
    const started = Date.now();
    await seedPopulation(t.runtime.database, { citizens: 2000, now: NOW });
    const perMinute = (2000 / (Date.now() - started)) * 60_000;
    expect(perMinute).toBeGreaterThan(5000);
    expect(
      await count("select count(*)::int as n from insured_persons where bhxh_code like '9%'"),
    ).toBe(2000);
    // A card for exactly those insured now (a paid job covering the clock's month), and for them
    // the BHYT months of that job.
    expect(await count("select count(*)::int as n from bhyt_cards where bhxh_code like '9%'")).toBe(
      await count(
        `select count(distinct bhxh_code)::int as n from participation_periods
          where bhxh_code like '9%' and scheme = 'bhyt' and status = 'paid' and to_month = '2026-11'`,
      ),
    );
    expect(
      await count("select count(*)::int as n from bhyt_cards where bhxh_code like '9%'"),
    ).toBeGreaterThan(200);
    expect(
      await count(
        "select count(distinct bhxh_code)::int as n from participation_periods where bhxh_code like '9%'",
      ),
    ).toBeGreaterThan(1500);
    expect(
      await count("select count(*)::int as n from participation_periods where status = 'unpaid'"),
    ).toBeGreaterThan(2);
    expect(
      await count("select count(*)::int as n from benefits where regime = 'childbirth'"),
    ).toBeGreaterThan(50);
    expect(await count('select count(*)::int as n from medical_visits')).toBeGreaterThan(500);
    expect(
      await count(
        'select count(*)::int as n from participation_periods where to_month < from_month',
      ),
    ).toBe(0);
    expect(
      await count(
        "select count(*)::int as n from participation_periods where bhxh_code like '9%' and to_month > '2026-11'",
      ),
    ).toBe(0);
    expect(
      await count(
        `select count(*)::int as n from participation_periods where bhxh_code = '${DEMO.citizen.bhxhCode}'`,
      ),
    ).toBe(demoBefore);
    // Real communes, and re-running adds nothing.
    expect(
      await count(
        "select count(*)::int as n from insured_persons p left join communes c on c.code = p.commune_code where p.bhxh_code like '9%' and c.code is null",
      ),
    ).toBe(0);
    const periods = await count('select count(*)::int as n from participation_periods');
    await seedPopulation(t.runtime.database, { citizens: 2000, now: NOW });
    expect(await count('select count(*)::int as n from participation_periods')).toBe(periods);
  }, 120_000);
});
