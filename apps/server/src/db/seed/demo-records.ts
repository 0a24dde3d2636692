import type { bhytCards, medicalVisits } from '../schema/index.ts';
import { BACH_MAI, DONG_DA_HOSPITAL, HANOI_OBSTETRICS, type KnownFacility } from './known-rows.ts';

/**
 * The demo citizen's BHYT card and a few visits at Hà Nội facilities (illustrative data,
 * marked demo). The card is one issued by BHXH code: "từ ngày" only, no end date.
 */
export function demoCard(bhxhCode: string): typeof bhytCards.$inferInsert {
  return {
    bhxhCode,
    cardNumber: bhxhCode,
    oldCardNumber: `GD401${bhxhCode}`,
    facilityName: DONG_DA_HOSPITAL.name,
    facilityCode: DONG_DA_HOSPITAL.code,
    validFrom: '2021-04-01',
    validTo: null,
    fiveYearsFrom: '2013-09-01',
    benefitLevel: '80%',
    benefitCode: '4',
    objectCode: 'GD',
    issueDate: '2021-04-01',
    issuingOffice: 'BHXH Tp. Hà Nội',
    residenceCode: null,
    demo: 1,
  };
}

/** [facility (a directory row), in, out, kind, ICD, diagnosis, total, BHYT, patient] in đồng. */
const VISITS: [
  KnownFacility,
  string,
  string | null,
  'outpatient' | 'inpatient',
  string,
  string,
  number,
  number,
  number,
][] = [
  [
    DONG_DA_HOSPITAL,
    '2025-10-14',
    '2025-10-14',
    'outpatient',
    'J02.9',
    'Viêm họng cấp',
    245_000,
    196_000,
    49_000,
  ],
  [
    BACH_MAI,
    '2024-06-03',
    '2024-06-07',
    'inpatient',
    'K35.8',
    'Viêm ruột thừa cấp',
    18_650_000,
    14_920_000,
    3_730_000,
  ],
  [
    DONG_DA_HOSPITAL,
    '2024-02-20',
    '2024-02-20',
    'outpatient',
    'I10',
    'Tăng huyết áp vô căn (nguyên phát)',
    412_000,
    329_600,
    82_400,
  ],
  [
    HANOI_OBSTETRICS,
    '2014-09-14',
    '2014-09-18',
    'inpatient',
    'O80',
    'Đẻ thường một thai',
    6_200_000,
    6_200_000,
    0,
  ],
];

export function demoVisits(bhxhCode: string): (typeof medicalVisits.$inferInsert)[] {
  return VISITS.map(
    ([
      facility,
      admittedOn,
      dischargedOn,
      kind,
      icdCode,
      icdName,
      totalCost,
      paidByBhyt,
      paidByPatient,
    ]) => ({
      bhxhCode,
      facilityName: facility.name,
      facilityCode: facility.code,
      admittedOn,
      dischargedOn,
      kind,
      icdCode,
      icdName,
      totalCost,
      paidByBhyt,
      paidByPatient,
    }),
  );
}
