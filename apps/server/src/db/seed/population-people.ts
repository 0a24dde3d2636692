import { monthFromIndex, monthIndex, searchKey } from '@vssid/domain';
import type {
  benefits,
  bhytCards,
  insuredPersons,
  medicalVisits,
  participationPeriods,
} from '../schema/index.ts';
import { ICD, POSITIONS } from './population-data.ts';
import { type Rng, regionOf, vietnameseName } from './population-names.ts';

export type Commune = { code: string; provinceCode: string; name: string };
/**
 * The directory rows people are placed at (read from "Tra cứu", never invented here), per
 * province: facilities that take "KCB ban đầu", active employers, the province's agency name.
 */
export type Places = {
  facilities: Map<string, { code: string; name: string }[]>;
  employers: Map<string, { unitCode: string; name: string }[]>;
  agencyName: Map<string, string>;
};

/**
 * Mã đối tượng of an employee's card by the kind of unit (QĐ 1351/QĐ-BHXH list, read through
 * plo.vn 2018: CH = cơ quan nhà nước, đơn vị sự nghiệp…; DN = doanh nghiệp; HX = hợp tác xã —
 * HX unverified). Mức hưởng 4 (80 %) for all three (Luật BHYT Điều 22 khoản 1).
 */
function employeeObjectCode(employerName: string): 'CH' | 'DN' | 'HX' {
  if (/^(Ủy ban nhân dân|Trường|Bệnh viện)/.test(employerName)) return 'CH';
  if (employerName.startsWith('Hợp tác xã')) return 'HX';
  return 'DN';
}
export type Person = {
  person: typeof insuredPersons.$inferInsert;
  periods: (typeof participationPeriods.$inferInsert)[];
  benefits: (typeof benefits.$inferInsert)[];
  visits: (typeof medicalVisits.$inferInsert)[];
  /** Only for someone insured now (a job covering the clock's month): no card otherwise. */
  card: typeof bhytCards.$inferInsert | null;
};

const iso = (month: string, day: number) => `${month}-${String(day).padStart(2, '0')}`;

/**
 * One generated person (code prefix 9, never a demo code): a career of 1–8 jobs at employers of
 * the directory with gaps, occasional overlaps (second job) and unpaid months, salaries growing
 * job to job, the BHYT months that go with each job, maternity and sickness benefits, a few
 * visits at facilities of the directory, and — when a job covers `lastMonth` (the clock's
 * month) — the BHYT card that job gives. Someone without a job now has no card on record.
 */
export function generatePerson(
  r: Rng,
  i: number,
  commune: Commune,
  lastMonth: string,
  places: Places,
): Person {
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
  const employers = places.employers.get(commune.provinceCode) ?? [];
  let current: { employerName: string; from: number } | null = null;
  for (let job = r.int(1, 8); job > 0 && at <= end && employers.length > 0; job--) {
    const employer = r.pick(employers);
    const employerName = employer.name;
    const to = Math.min(end, at + r.int(5, 72));
    const row = {
      bhxhCode,
      scheme: 'bhxh' as const,
      employerName,
      employerCode: employer.unitCode,
      position: r.pick(POSITIONS),
      workplace: commune.name,
      contributionType: 'compulsory',
      salary,
    };
    periods.push({ ...row, fromMonth: monthFromIndex(at), toMonth: monthFromIndex(to) });
    // An employee's BHYT is paid with the BHXH, month for month (tab "BHYT").
    periods.push({
      ...row,
      scheme: 'bhyt',
      fromMonth: monthFromIndex(at),
      toMonth: monthFromIndex(to),
    });
    if (to === end && (!current || at < current.from)) current = { employerName, from: at };
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
  const facilities = places.facilities.get(commune.provinceCode) ?? [];
  const facility = facilities.length ? r.pick(facilities) : null;
  const visits: Person['visits'] = [];
  for (let v = facility ? r.int(0, 3) : 0; v > 0; v--) {
    const day = iso(monthFromIndex(end - r.int(0, 60)), r.int(1, 28));
    const [icdCode, icdName] = r.pick(ICD);
    const totalCost = r.int(15, 400) * 1000;
    visits.push({
      bhxhCode,
      facilityName: facility!.name,
      facilityCode: facility!.code,
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
  // An employee's card runs while the employer pays: issued by BHXH code, "từ ngày" only.
  const since = current ? `${monthFromIndex(current.from)}-01` : '';
  const card =
    current && facility
      ? {
          bhxhCode,
          cardNumber: bhxhCode,
          facilityName: facility.name,
          facilityCode: facility.code,
          validFrom: since,
          validTo: null,
          benefitLevel: '80%',
          benefitCode: '4',
          objectCode: employeeObjectCode(current.employerName),
          issueDate: since,
          issuingOffice: places.agencyName.get(commune.provinceCode) ?? 'BHXH Việt Nam',
        }
      : null;
  return { person, periods, benefits: benefitsRows, visits, card };
}
