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
import { rng } from './population-names.ts';
import { type Commune, generatePerson, type Person } from './population-people.ts';

/** Citizens per transaction: ~5 rows each per table keeps every INSERT under PG's 65,535 parameters. */
const BATCH = 500;

/**
 * `npm run db:seed -- --citizens N`: N generated people with codes 9000000000 + i, so the demo
 * people (codes starting with 0) are never touched. Deterministic (seeded PRNG, communes in code
 * order); re-running adds nothing already there (ON CONFLICT DO NOTHING everywhere). Needs the
 * administrative units loaded. Returns the number of people written.
 */
export async function seedPopulation(
  database: Database,
  o: { citizens: number; now: Date; seed?: number; onProgress?: (done: number) => void },
): Promise<number> {
  const { db } = database;
  const all: Commune[] = await db
    .select({ code: communes.code, provinceCode: communes.provinceCode, name: communes.name })
    .from(communes)
    .orderBy(asc(communes.code));
  if (all.length === 0) throw new Error('seed the administrative units first (communes is empty)');
  const lastMonth = new Date(o.now.getTime() + 7 * 3600_000).toISOString().slice(0, 7);
  const r = rng(o.seed ?? 20_260_526);
  for (let start = 0; start < o.citizens; start += BATCH) {
    const people: Person[] = [];
    for (let i = start; i < Math.min(o.citizens, start + BATCH); i++)
      people.push(generatePerson(r, i, r.pick(all), lastMonth));
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
      await tx
        .insert(bhytCards)
        .values(people.map((p) => p.card))
        .onConflictDoNothing();
    });
    o.onProgress?.(Math.min(o.citizens, start + BATCH));
  }
  return o.citizens;
}
