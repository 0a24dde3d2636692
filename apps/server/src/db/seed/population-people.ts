import { monthFromIndex, monthIndex, searchKey } from '@vssid/domain';
import type {
  benefits,
  bhytCards,
  insuredPersons,
  medicalVisits,
  participationPeriods,
} from '../schema/index.ts';
import { BRAND, COMPANY, ICD, POSITIONS, TRADE } from './population-data.ts';
import { type Rng, regionOf, vietnameseName } from './population-names.ts';

export type Commune = { code: string; provinceCode: string; name: string };
export type Person = {
  person: typeof insuredPersons.$inferInsert;
  periods: (typeof participationPeriods.$inferInsert)[];
  benefits: (typeof benefits.$inferInsert)[];
  visits: (typeof medicalVisits.$inferInsert)[];
  card: typeof bhytCards.$inferInsert;
};

const iso = (month: string, day: number) => `${month}-${String(day).padStart(2, '0')}`;

/**
 * One generated person (code prefix 9, never a demo code): a career of 1–8 jobs with gaps,
 * occasional overlaps (second job) and unpaid months, salaries growing job to job, maternity
 * and sickness benefits, a BHYT card and a few visits near home. `lastMonth` = the clock's month.
 */
export function generatePerson(r: Rng, i: number, commune: Commune, lastMonth: string): Person {
  const bhxhCode = `9${String(i).padStart(9, '0')}`;
  const gender = r.chance(0.5) ? 'male' : 'female';
  const fullName = vietnameseName(r, regionOf(commune.provinceCode), gender);
  const birthYear = r.int(1962, 2004);
  const person = {
    bhxhCode,
    fullName,
    nameKey: searchKey(fullName),
    gender,
    birthDate: `${birthYear}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    address: `Số ${r.int(1, 300)}, ${commune.name}`,
    provinceCode: commune.provinceCode,
    communeCode: commune.code,
  } as const;
  const periods: Person['periods'] = [];
  const end = monthIndex(lastMonth);
  let at = Math.max(
    monthIndex(`${birthYear + r.int(18, 26)}-01`) + r.int(0, 11),
    monthIndex('1995-01'),
  );
  let salary = r.int(15, 45) * 100_000;
  for (let job = r.int(1, 8); job > 0 && at <= end; job--) {
    const employerName = `${r.pick(COMPANY)} ${r.pick(TRADE)} ${r.pick(BRAND)} ${r.int(1, 99)}`;
    const to = Math.min(end, at + r.int(5, 72));
    const row = {
      bhxhCode,
      scheme: 'bhxh' as const,
      employerName,
      position: r.pick(POSITIONS),
      workplace: commune.name,
      contributionType: 'compulsory',
      salary,
    };
    periods.push({ ...row, fromMonth: monthFromIndex(at), toMonth: monthFromIndex(to) });
    if (r.chance(0.5))
      periods.push({
        ...row,
        scheme: 'bhtn',
        fromMonth: monthFromIndex(at),
        toMonth: monthFromIndex(to),
      });
    if (r.chance(0.08) && to + 1 <= end) {
      const u = Math.min(end, to + r.int(1, 4));
      periods.push({
        ...row,
        fromMonth: monthFromIndex(to + 1),
        toMonth: monthFromIndex(u),
        status: 'unpaid',
      });
    }
    salary = Math.round((salary * (1.05 + r.next() * 0.15)) / 1000) * 1000;
    // Mostly a gap before the next job; sometimes the next job starts before this one ends.
    at = r.chance(0.15) ? to - r.int(0, 2) : to + 1 + r.int(0, 14);
  }
  const benefitsRows: Person['benefits'] = [];
  for (const p of periods.filter((x) => x.scheme === 'bhxh' && x.status !== 'unpaid')) {
    if (gender === 'female' && r.chance(0.25)) {
      const d = iso(p.fromMonth, r.int(1, 28));
      const out = new Date(Date.parse(d) + 182 * 86_400_000).toISOString().slice(0, 10);
      benefitsRows.push({
        bhxhCode,
        category: 'sickness_maternity',
        regime: 'childbirth',
        fromDate: d,
        toDate: out,
        amount: (p.salary ?? 0) * 6 + 2_340_000,
        paidBy: p.employerName,
      });
    }
    if (r.chance(0.2)) {
      const d = iso(p.toMonth, r.int(1, 20));
      benefitsRows.push({
        bhxhCode,
        category: 'sickness_maternity',
        regime: 'sickness',
        fromDate: d,
        toDate: iso(p.toMonth, 25),
        amount: Math.round(((p.salary ?? 0) * 0.75) / 24) * 5,
        paidBy: p.employerName,
      });
    }
  }
  const facilityCode = `${commune.provinceCode}${String(r.int(1, 40)).padStart(3, '0')}`;
  const facilityName = `Trung tâm Y tế ${commune.name}`;
  const visits: Person['visits'] = [];
  for (let v = r.int(0, 3); v > 0; v--) {
    const day = iso(monthFromIndex(end - r.int(0, 60)), r.int(1, 28));
    const [icdCode, icdName] = r.pick(ICD);
    const totalCost = r.int(15, 400) * 1000;
    visits.push({
      bhxhCode,
      facilityName,
      facilityCode,
      admittedOn: day,
      dischargedOn: day,
      kind: 'outpatient',
      icdCode,
      icdName,
      totalCost,
      paidByBhyt: Math.round(totalCost * 0.8),
      paidByPatient: totalCost - Math.round(totalCost * 0.8),
    });
  }
  const card = {
    bhxhCode,
    cardNumber: bhxhCode,
    facilityName,
    facilityCode,
    validFrom: `${lastMonth.slice(0, 4)}-01-01`,
    validTo: r.chance(0.5) ? null : `${lastMonth.slice(0, 4)}-12-31`,
    benefitLevel: '80%',
    benefitCode: '4',
    objectCode: 'DN',
    issueDate: `${Number(lastMonth.slice(0, 4)) - 1}-12-15`,
    issuingOffice: 'BHXH tỉnh',
  };
  return { person, periods, benefits: benefitsRows, visits, card };
}
