import { asc } from 'drizzle-orm';
import type { Database } from '../client.ts';
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

/** Citizens per transaction: ~5 rows each per table keeps every INSERT under PG's 65,535 parameters. */
const BATCH = 500;

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
  for (let start = 0; start < o.citizens; start += BATCH) {
    const people: Person[] = [];
    for (let i = start; i < Math.min(o.citizens, start + BATCH); i++)
      people.push(generatePerson(r, i, r.pick(all), lastMonth, places));
    await db.transaction(async (tx) => {
      await tx
        .insert(insuredPersons)
        .values(people.map((p) => p.person))
        .onConflictDoNothing();
      const periods = people.flatMap((p) => p.periods);
      for (let k = 0; k < periods.length; k += 4000)
        await tx
          .insert(participationPeriods)
          .values(periods.slice(k, k + 4000))
          .onConflictDoNothing();
      const b = people.flatMap((p) => p.benefits);
      if (b.length) await tx.insert(benefits).values(b).onConflictDoNothing();
      const v = people.flatMap((p) => p.visits);
      if (v.length) await tx.insert(medicalVisits).values(v).onConflictDoNothing();
      const cards = people.flatMap((p) => (p.card ? [p.card] : []));
      if (cards.length) await tx.insert(bhytCards).values(cards).onConflictDoNothing();
    });
    o.onProgress?.(Math.min(o.citizens, start + BATCH));
  }
  return o.citizens;
}
