import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { seedAdminUnits } from '../src/db/seed/admin-units.ts';
import { seedDemo } from '../src/db/seed/demo.ts';
import { freshDatabase, TEST_DRIVER } from './helpers.ts';

async function count(database: Database, table: string): Promise<number> {
  const { rows } = await database.executeSql(`select count(*)::int as n from ${table}`);
  return rows[0]!.n as number;
}

describe(`migrations and reference data on ${TEST_DRIVER}`, () => {
  let database: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    database = await openDatabase(fresh.options, pino({ level: 'silent' }));
    await runMigrations(database);
  });
  afterAll(async () => {
    await database.close();
    await drop();
  });

  it('creates every table of the schema', async () => {
    const { rows } = await database.executeSql(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    );
    const names = rows.map((r) => r.table_name);
    for (const t of [
      'accounts',
      'agencies',
      'benefits',
      'communes',
      'feedback',
      'mail_outbox',
      'provinces',
    ]) {
      expect(names).toContain(t);
    }
  });

  it('applies twice without change (a restart re-runs it)', async () => {
    await runMigrations(database);
    const { rows } = await database.executeSql(
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(1);
    await runMigrations(database);
    const again = await database.executeSql(
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    expect(again.rows[0]!.n).toBe(rows[0]!.n);
  });

  it('loads the official units: 34/3,321 current, 63/696/10,035 before July 2025', async () => {
    expect(await seedAdminUnits(database)).toBe(true);
    expect(await count(database, 'provinces')).toBe(34);
    expect(await count(database, 'communes')).toBe(3321);
    expect(await count(database, 'old_provinces')).toBe(63);
    expect(await count(database, 'old_districts')).toBe(696);
    expect(await count(database, 'old_communes')).toBe(10035);
    expect(await seedAdminUnits(database)).toBe(false);
    expect(await count(database, 'communes')).toBe(3321);
  });

  it('maps an old address to the commune that succeeded it', async () => {
    // Phường Hà Cầu (quận Hà Đông, old code 09556) was split between two new communes:
    // an old address there has two candidates, which the person chooses from.
    const { rows } = await database.executeSql(
      `select c.name, s.kind from commune_successions s join communes c on c.code = s.new_code
       where s.old_code = $1`,
      ['09556'],
    );
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { name: 'Phường Hà Đông', kind: 'partial' },
        { name: 'Phường Kiến Hưng', kind: 'partial' },
      ]),
    );
    // Phường Trúc Bạch (00004) went whole into Phường Ba Đình.
    const whole = await database.executeSql(
      'select c.name, s.kind from commune_successions s join communes c on c.code = s.new_code where s.old_code = $1',
      ['00004'],
    );
    expect(whole.rows).toEqual([{ name: 'Phường Ba Đình', kind: 'full' }]);
    const hp = await database.executeSql(
      "select name from provinces where search_key = 'thanh pho hai phong'",
    );
    expect(hp.rows[0]!.name).toBe('Thành phố Hải Phòng');
  });

  it('seeds the demo people once, with the history totalling 146 paid months', async () => {
    expect(await seedDemo(database)).toBe(true);
    expect(await seedDemo(database)).toBe(false);
    expect(await count(database, 'agencies')).toBe(2);
    const { rows } = await database.executeSql(
      `select employer_name, salary::int as salary, salary_coefficient::text as coef from participation_periods
       where bhxh_code = '0123456789' and scheme = 'bhxh' and from_month = '2020-02' and to_month = '2020-09'`,
    );
    expect(rows).toEqual([
      { employer_name: 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN', salary: 5453400, coef: '3.66' },
    ]);
    const benefit = await database.executeSql(
      "select regime, amount::int as amount from benefits where bhxh_code = '0123456789'",
    );
    expect(benefit.rows).toEqual([{ regime: 'childbirth', amount: 18423000 }]);
  });
});
