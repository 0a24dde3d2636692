import type { bhytCards, participationPeriods } from '../schema/index.ts';
import type { DemoStudent } from './demo-students.ts';
import { VIET_TIEP_HOSPITAL, VMU } from './known-rows.ts';

/**
 * What the law sets for a student's BHYT card, as data with its source (see the report of
 * issue 11). A value whose source we could not read in full is marked `verified: false`.
 */
export const STUDENT_BHYT = {
  /** Mã đối tượng "SV" (sinh viên) on the card: QĐ 1351/QĐ-BHXH (2015) list of object codes,
   *  read through secondary sources (tinhte.vn, plo.vn 2018: "HS/SV là Học sinh/Sinh viên"). */
  objectCode: {
    value: 'SV',
    source: 'QĐ 1351/QĐ-BHXH, mã đối tượng (via plo.vn, tinhte.vn)',
    verified: true,
  },
  /** Mức hưởng 4 = 80 % of covered costs: the other groups of Luật BHYT Điều 22 khoản 1;
   *  the 1–5 ladder read through the same secondary sources. */
  benefit: {
    code: '4',
    level: '80%',
    source: 'Luật BHYT 2008 (sửa đổi 2014) Điều 22 khoản 1; ký tự mức hưởng 1–5 (via tinhte.vn)',
    verified: true,
  },
  /**
   * Students of a university get a card every year ("cấp hằng năm"); a first-year student's
   * card starts on the day of enrolment: NĐ 146/2018/NĐ-CP Điều 13 khoản 7 điểm b, kept by
   * NĐ 188/2025/NĐ-CP Điều 13 khoản 8. The yearly span 01/10 – 30/09 mirrors the school-year
   * cover the same article sets for pupils (lớp 1 from 01/10, lớp 12 until 30/09); some
   * provinces issue students' cards by calendar year instead — unverified for Hải Phòng.
   */
  schoolYear: {
    startMonth: 10,
    source: 'NĐ 146/2018/NĐ-CP Điều 13 khoản 7; NĐ 188/2025/NĐ-CP Điều 13 khoản 8',
    verified: false,
  },
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** The first year of the school year that contains `today` (Vietnam time). */
export function schoolYearOf(today: Date): number {
  const vn = new Date(today.getTime() + 7 * 3600_000);
  const y = vn.getUTCFullYear();
  return vn.getUTCMonth() + 1 >= STUDENT_BHYT.schoolYear.startMonth ? y : y - 1;
}

/** Enrolled at 18, in October of that year (the demo's assumption about these students). */
export function enrolmentYear(s: Pick<DemoStudent, 'birthDate'>): number {
  return Number(s.birthDate.slice(0, 4)) + 18;
}

/**
 * A Hàng hải student's card for the school year containing `today`, issued by BHXH TP Hải
 * Phòng, "KCB ban đầu" at a Hải Phòng hospital of the directory (known-rows.ts).
 */
export function studentCard(
  s: DemoStudent,
  today: Date,
  issuingOffice: string,
): typeof bhytCards.$inferInsert {
  const year = Math.max(schoolYearOf(today), enrolmentYear(s));
  const start = `${year}-${pad(STUDENT_BHYT.schoolYear.startMonth)}-01`;
  const end = new Date(Date.UTC(year + 1, STUDENT_BHYT.schoolYear.startMonth - 1, 0));
  return {
    bhxhCode: s.bhxhCode,
    cardNumber: s.bhxhCode,
    oldCardNumber: `${STUDENT_BHYT.objectCode.value}${STUDENT_BHYT.benefit.code}${s.provinceCode}${s.bhxhCode}`,
    facilityName: VIET_TIEP_HOSPITAL.name,
    facilityCode: VIET_TIEP_HOSPITAL.code,
    validFrom: start,
    validTo: end.toISOString().slice(0, 10),
    fiveYearsFrom: null,
    benefitLevel: STUDENT_BHYT.benefit.level,
    benefitCode: STUDENT_BHYT.benefit.code,
    objectCode: STUDENT_BHYT.objectCode.value,
    issueDate: `${year}-09-15`,
    issuingOffice,
    residenceCode: null,
    demo: 1,
  };
}

/**
 * "Quá trình tham gia", tab BHYT: one line per school year at the university, from enrolment
 * to the month of `today` (the school pays the year ahead; months to come are not shown).
 */
export function studentPeriods(
  s: DemoStudent,
  today: Date,
): (typeof participationPeriods.$inferInsert)[] {
  const thisMonth = new Date(today.getTime() + 7 * 3600_000).toISOString().slice(0, 7);
  const m = STUDENT_BHYT.schoolYear.startMonth;
  const rows: (typeof participationPeriods.$inferInsert)[] = [];
  for (let y = enrolmentYear(s); `${y}-${pad(m)}` <= thisMonth; y++) {
    const end = `${y + 1}-${pad(m - 1)}`;
    rows.push({
      bhxhCode: s.bhxhCode,
      scheme: 'bhyt',
      fromMonth: `${y}-${pad(m)}`,
      toMonth: end < thisMonth ? end : thisMonth,
      employerName: VMU.name,
      employerCode: VMU.unitCode,
      position: 'Sinh viên',
      workplace: VMU.address,
      contributionType: 'compulsory',
      currency: 'VND',
      status: 'paid',
    });
  }
  return rows;
}
