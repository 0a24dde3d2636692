import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { preparedQuery } from '../db/prepared.ts';
import {
  agencies,
  benefits,
  bhytCards,
  insuredPersons,
  medicalVisits,
  participationPeriods,
} from '../db/schema/index.ts';

export type PersonRow = typeof insuredPersons.$inferSelect;
export type CardRow = typeof bhytCards.$inferSelect;
export type PeriodRow = typeof participationPeriods.$inferSelect;
export type BenefitRow = typeof benefits.$inferSelect;
export type VisitRow = typeof medicalVisits.$inferSelect;
export type Scheme = PeriodRow['scheme'];
export type BenefitCategory = BenefitRow['category'];

/** Reads of one person's insurance records. Every query is by bhxh_code (indexed). */
export function recordsRepository(db: Db) {
  // The summary screen's two queries (the screen citizens open most) and the tabs' periods: built
  // once, run with the code (and scheme) as parameters.
  const code = sql.placeholder('code');
  const personWithCard = preparedQuery(db, (d) =>
    d
      .select({ person: insuredPersons, card: bhytCards })
      .from(insuredPersons)
      .leftJoin(bhytCards, eq(bhytCards.bhxhCode, insuredPersons.bhxhCode))
      .where(eq(insuredPersons.bhxhCode, code))
      .prepare('records_person_with_card'),
  );
  // Person ⟕ card and the BHXH periods (oldest first) in one statement: one round trip for the
  // summary. The periods come as JSON with the keys and value types of a PeriodRow (the numeric
  // coefficient as text, as the driver gives it; bigint salaries as numbers, as drizzle maps them).
  const pp = sql.raw('pp');
  const summary = preparedQuery(db, (d) =>
    d
      .select({
        person: insuredPersons,
        card: bhytCards,
        periods: sql<PeriodRow[]>`(select coalesce(json_agg(json_build_object(
          'id', ${pp}.id, 'bhxhCode', ${pp}.bhxh_code, 'scheme', ${pp}.scheme,
          'fromMonth', ${pp}.from_month, 'toMonth', ${pp}.to_month,
          'employerName', ${pp}.employer_name, 'employerCode', ${pp}.employer_code,
          'position', ${pp}.position, 'workplace', ${pp}.workplace,
          'contributionType', ${pp}.contribution_type, 'currency', ${pp}.currency,
          'salary', ${pp}.salary, 'salaryCoefficient', ${pp}.salary_coefficient::text,
          'status', ${pp}.status) order by ${pp}.from_month), '[]'::json)
          from ${participationPeriods} ${pp}
          where ${pp}.bhxh_code = ${insuredPersons.bhxhCode} and ${pp}.scheme = 'bhxh')`,
      })
      .from(insuredPersons)
      .leftJoin(bhytCards, eq(bhytCards.bhxhCode, insuredPersons.bhxhCode))
      .where(eq(insuredPersons.bhxhCode, code))
      .prepare('records_summary'),
  );
  const periodsOfScheme = preparedQuery(db, (d) =>
    d
      .select()
      .from(participationPeriods)
      .where(
        and(
          eq(participationPeriods.bhxhCode, code),
          eq(participationPeriods.scheme, sql.placeholder('scheme')),
        ),
      )
      .orderBy(asc(participationPeriods.fromMonth))
      .prepare('records_periods_of_scheme'),
  );
  return {
    async person(bhxhCode: string): Promise<PersonRow | undefined> {
      const [p] = await db
        .select()
        .from(insuredPersons)
        .where(eq(insuredPersons.bhxhCode, bhxhCode));
      return p;
    },
    /** Person and card in one query: the summary screen's first half. */
    async personWithCard(
      bhxhCode: string,
    ): Promise<{ person: PersonRow; card: CardRow | null } | undefined> {
      const [r] = await personWithCard({ code: bhxhCode });
      return r;
    },
    /** The summary screen: person, card and BHXH periods (oldest first) in one statement. */
    async summary(
      bhxhCode: string,
    ): Promise<{ person: PersonRow; card: CardRow | null; periods: PeriodRow[] } | undefined> {
      const [r] = await summary({ code: bhxhCode });
      return r;
    },
    async periods(bhxhCode: string, scheme?: Scheme): Promise<PeriodRow[]> {
      if (scheme) return periodsOfScheme({ code: bhxhCode, scheme });
      return db
        .select()
        .from(participationPeriods)
        .where(eq(participationPeriods.bhxhCode, bhxhCode))
        .orderBy(asc(participationPeriods.fromMonth));
    },
    async benefits(bhxhCode: string, category?: BenefitCategory): Promise<BenefitRow[]> {
      const where = category
        ? and(eq(benefits.bhxhCode, bhxhCode), eq(benefits.category, category))
        : eq(benefits.bhxhCode, bhxhCode);
      return db.select().from(benefits).where(where).orderBy(desc(benefits.fromDate));
    },
    async visits(bhxhCode: string): Promise<VisitRow[]> {
      return db
        .select()
        .from(medicalVisits)
        .where(eq(medicalVisits.bhxhCode, bhxhCode))
        .orderBy(desc(medicalVisits.admittedOn));
    },
    /** The province's own BHXH agency (kind 'province'): whom a person contacts. */
    async provinceAgency(provinceCode: string) {
      const [a] = await db
        .select({
          code: agencies.code,
          name: agencies.name,
          address: agencies.address,
          phone: agencies.phone,
          email: agencies.email,
          workingHours: agencies.workingHours,
        })
        .from(agencies)
        .where(and(eq(agencies.provinceCode, provinceCode), eq(agencies.kind, 'province')))
        .orderBy(asc(agencies.code))
        .limit(1);
      return a ?? null;
    },
    async agencyProvince(agencyId: string): Promise<string | null> {
      const [a] = await db
        .select({ p: agencies.provinceCode })
        .from(agencies)
        .where(eq(agencies.id, agencyId));
      return a?.p ?? null;
    },
  };
}
export type RecordsRepository = ReturnType<typeof recordsRepository>;
