import { asc, getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, Db } from '../client.ts';
import {
  benefits,
  bhytCards,
  communes,
  insuredPersons,
  medicalVisits,
  participationPeriods,
} from '../schema/index.ts';
import { seedDemoDirectories } from './demo-directories.ts';
import { UNSERVED_COMMUNES } from './directory-geo.ts';
import { rng } from './population-names.ts';
import { type Commune, generatePerson, type Person, type Places } from './population-people.ts';

/** Citizens per transaction (one INSERT per table: the rows travel as one array per column). */
const BATCH = 2_000;

/** Employers read per run at most: a sample of a million-row directory is plenty to work at. */
const EMPLOYER_SAMPLE = 50_000;

/**
 * The directory rows people are placed at: the generated people work at employers of "Tra cứu
 * đơn vị" and are treated at facilities of "Tra cứu CSKCB", so every name in their records can be
 * looked up. Seeds the demo directories first when they are empty.
 */
async function loadPlaces(database: Database): Promise<Places> {
  const first = await database.executeSql('select 1 from health_facilities limit 1');
  const none = await database.executeSql('select 1 from employers limit 1');
  if (first.rows.length === 0 || none.rows.length === 0) await seedDemoDirectories(database);
  const group = <T>(rows: Record<string, unknown>[], map: (r: Record<string, unknown>) => T) => {
    const out = new Map<string, T[]>();
    for (const row of rows) {
      const list = out.get(row.p as string) ?? [];
      list.push(map(row));
      out.set(row.p as string, list);
    }
    return out;
  };
  const f = await database.executeSql(
    `select code, name, province_code as p from health_facilities
      where bhyt_contracted and accepts_initial_registration order by code`,
  );
  const e = await database.executeSql(
    `select unit_code, name, province_code as p from employers
      where status = 'active' order by unit_code limit ${EMPLOYER_SAMPLE}`,
  );
  const a = await database.executeSql(
    "select province_code as p, name from agencies where kind = 'province' order by code",
  );
  return {
    facilities: group(f.rows, (x) => ({ code: x.code as string, name: x.name as string })),
    employers: group(e.rows, (x) => ({ unitCode: x.unit_code as string, name: x.name as string })),
    agencyName: new Map(a.rows.map((x) => [x.p as string, x.name as string])),
  };
}

/**
 * `npm run db:seed -- --citizens N`: N generated people with codes 9000000000 + i, so the demo
 * people (codes starting with 0) are never touched. Deterministic (seeded PRNG, communes in code
 * order, the directory's rows in code order); re-running adds nothing already there (ON CONFLICT
 * DO NOTHING everywhere). Needs the administrative units loaded. Returns the number of people.
 */
export async function seedPopulation(
  database: Database,
  o: { citizens: number; now: Date; seed?: number; onProgress?: (done: number) => void },
): Promise<number> {
  const { db } = database;
  const all: Commune[] = (
    await db
      .select({ code: communes.code, provinceCode: communes.provinceCode, name: communes.name })
      .from(communes)
      .orderBy(asc(communes.code))
  ).filter((c) => !UNSERVED_COMMUNES.has(c.code));
  if (all.length === 0) throw new Error('seed the administrative units first (communes is empty)');
  const lastMonth = new Date(o.now.getTime() + 7 * 3600_000).toISOString().slice(0, 7);
  const places = await loadPlaces(database);
  const r = rng(o.seed ?? 20_260_526);
  const write = (people: Person[]) =>
    db.transaction(async (tx) => {
      await insertMany(
        tx,
        insuredPersons,
        people.map((p) => p.person),
      );
      await insertMany(
        tx,
        participationPeriods,
        people.flatMap((p) => p.periods),
      );
      await insertMany(
        tx,
        benefits,
        people.flatMap((p) => p.benefits),
      );
      await insertMany(
        tx,
        medicalVisits,
        people.flatMap((p) => p.visits),
      );
      await insertMany(
        tx,
        bhytCards,
        people.flatMap((p) => (p.card ? [p.card] : [])),
      );
    });
  // The next batch is generated while the database writes the previous ones (two at a time on a
  // server, each on its own connection; PGlite has one connection).
  const inFlight = database.driver === 'postgres' ? 2 : 1;
  const writing: Promise<number>[] = [];
  for (let start = 0; start < o.citizens; start += BATCH) {
    const people: Person[] = [];
    for (let i = start; i < Math.min(o.citizens, start + BATCH); i++)
      people.push(generatePerson(r, i, r.pick(all), lastMonth, places));
    if (writing.length >= inFlight) {
      // Awaited first: `o.onProgress?.(await …)` would skip the await without a callback.
      const written = await writing.shift()!;
      o.onProgress?.(written);
    }
    const done = start + people.length;
    const w = write(people).then(() => done);
    w.catch(() => {}); // awaited below; a failure is thrown there, not reported as unhandled
    writing.push(w);
  }
  for (const w of writing) {
    const written = await w;
    o.onProgress?.(written);
  }
  return o.citizens;
}

/**
 * `INSERT … SELECT * FROM unnest($1::type[], $2::type[], …) ON CONFLICT DO NOTHING`: any number
 * of rows in one statement with one parameter per column (a multi-row VALUES list would need one
 * per value, and PostgreSQL allows 65,535). A column no row sets is left to its default; a row
 * without a value gets the column's constant default, or null.
 */
async function insertMany(
  db: Pick<Db, 'execute'>,
  table: PgTable,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) =>
    rows.some((row) => row[key] !== undefined),
  );
  const arrays = columns.map(([key, column]) => {
    const fallback = column.default;
    if (column.hasDefault && (fallback === undefined || is(fallback, SQL)))
      if (rows.some((row) => row[key] === undefined))
        throw new Error(`insertMany: ${key} has no constant default`);
    const values = rows.map((row) => {
      const v = row[key] === undefined ? (fallback ?? null) : row[key];
      return v === null ? null : column.mapToDriverValue(v);
    });
    return sql`${sql.param(values)}::${sql.raw(column.getSQLType())}[]`;
  });
  const names = sql.raw(columns.map(([, c]) => `"${c.name}"`).join(', '));
  await db.execute(
    sql`insert into ${table} (${names}) select * from unnest(${sql.join(arrays, sql`, `)}) on conflict do nothing`,
  );
}
