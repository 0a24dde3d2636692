import type { participationPeriods } from '../schema/index.ts';
import {
  VSS_IT_CENTRE as CIT,
  VSS_INFORMATION_CENTRE as INFO,
  type KnownEmployer,
  VSS,
} from './known-rows.ts';

type NewPeriod = typeof participationPeriods.$inferInsert;

const VSS_WORKPLACE = 'Số 7 Tràng Thi - Hoàn Kiếm - Hà Nội';
const CIT_WORKPLACE = '150 Phố Vọng - Thanh Xuân - Hà Nội';

/** [from, to, employer (a directory row), position, workplace, salary đồng, coefficient, status] */
const ROWS: [string, string, KnownEmployer, string, string, number, string, 'paid' | 'unpaid'][] = [
  ['2008-09', '2011-04', INFO, 'Chuyên viên', VSS_WORKPLACE, 1_521_000, '2.34', 'paid'],
  ['2011-05', '2013-06', INFO, 'Chuyên viên', VSS_WORKPLACE, 2_216_100, '2.67', 'paid'],
  ['2013-07', '2016-08', INFO, 'Chuyên viên', VSS_WORKPLACE, 3_450_000, '3.00', 'paid'],
  [
    '2016-10',
    '2017-05',
    VSS,
    'Chuyên viên (cao đẳng), Phó trưởng phòng',
    VSS_WORKPLACE,
    4_138_200,
    '3.42',
    'paid',
  ],
  [
    '2017-06',
    '2017-06',
    VSS,
    'Chuyên viên (cao đẳng), Phó trưởng phòng',
    VSS_WORKPLACE,
    4_138_200,
    '3.42',
    'paid',
  ],
  [
    '2017-08',
    '2017-12',
    VSS,
    'Chuyên viên (cao đẳng), Phó trưởng phòng',
    VSS_WORKPLACE,
    4_446_000,
    '3.42',
    'paid',
  ],
  ['2018-01', '2020-01', CIT, 'Chuyên viên', CIT_WORKPLACE, 5_088_000, '3.66', 'paid'],
  ['2020-02', '2020-09', CIT, 'Chuyên viên', CIT_WORKPLACE, 5_453_400, '3.66', 'paid'],
  ['2020-10', '2020-12', CIT, 'Chuyên viên', CIT_WORKPLACE, 5_453_400, '3.66', 'paid'],
  ['2021-01', '2021-02', CIT, 'Chuyên viên', CIT_WORKPLACE, 5_453_400, '3.66', 'unpaid'],
];

/**
 * The demo citizen's history: the notice's rows (10/2016 - 05/2017, 06/2017 - 06/2017,
 * 08/2017 - 12/2017, 02/2020 - 09/2020) within a career that totals 12 năm 2 tháng of paid
 * months, plus two months the employer has not paid (chưa đóng).
 */
export function demoPeriods(bhxhCode: string): NewPeriod[] {
  return ROWS.flatMap(([fromMonth, toMonth, employer, position, workplace, salary, coef, status]) =>
    (['bhxh', 'bhyt'] as const).map((scheme) => ({
      bhxhCode,
      scheme,
      fromMonth,
      toMonth,
      employerName: employer.name,
      employerCode: employer.unitCode,
      position,
      workplace,
      salary,
      salaryCoefficient: coef,
      contributionType: 'compulsory',
      currency: 'VND',
      status,
    })),
  );
}
