import type { ImportKind } from '@vssid/contracts';

/**
 * The four CSV templates as docs/IMPORTS.md documents them (UTF-8, header on line 1, in this
 * order; the server refuses any other header). The example row is the demo citizen's.
 * Months 'MM/YYYY' or 'YYYY-MM', dates 'dd/mm/yyyy' or ISO, money in whole đồng.
 */
export const IMPORT_TEMPLATES: Record<ImportKind, { columns: string[]; example: string[] }> = {
  participation: {
    columns: [
      'bhxh_code',
      'scheme',
      'from_month',
      'to_month',
      'employer_name',
      'employer_code',
      'position',
      'workplace',
      'contribution_type',
      'currency',
      'salary',
      'salary_coefficient',
      'status',
    ],
    example: [
      '0123456789',
      'bhxh',
      '03/2021',
      '06/2021',
      'TRUNG TÂM CÔNG NGHỆ THÔNG TIN',
      '',
      'Chuyên viên',
      '150 Phố Vọng - Thanh Xuân - Hà Nội',
      'Bắt buộc',
      'VND',
      '5453400',
      '3.66',
      'paid',
    ],
  },
  benefits: {
    columns: ['bhxh_code', 'category', 'regime', 'from_date', 'to_date', 'amount', 'paid_by'],
    example: [
      '0123456789',
      'sickness_maternity',
      'Ốm đau',
      '02/03/2022',
      '04/03/2022',
      '520000',
      'TRUNG TÂM CÔNG NGHỆ THÔNG TIN',
    ],
  },
  'medical-visits': {
    columns: [
      'bhxh_code',
      'facility_name',
      'facility_code',
      'admitted_on',
      'discharged_on',
      'kind',
      'icd_code',
      'icd_name',
      'total_cost',
      'paid_by_bhyt',
      'paid_by_patient',
    ],
    example: [
      '0123456789',
      'Bệnh viện Đa khoa Đống Đa',
      '01013',
      '05/01/2023',
      '05/01/2023',
      'outpatient',
      'J06.9',
      'Nhiễm trùng hô hấp trên cấp',
      '310000',
      '248000',
      '62000',
    ],
  },
  'bhyt-cards': {
    columns: [
      'bhxh_code',
      'card_number',
      'old_card_number',
      'facility_name',
      'facility_code',
      'valid_from',
      'valid_to',
      'five_years_from',
      'benefit_level',
      'benefit_code',
      'object_code',
      'issue_date',
      'issuing_office',
      'residence_code',
    ],
    example: [
      '0123456789',
      '0123456789',
      '',
      'Bệnh viện Đa khoa Đống Đa',
      '01013',
      '01/04/2021',
      '',
      '01/09/2013',
      '80%',
      '4',
      'DN',
      '01/04/2021',
      'BHXH thành phố Hà Nội',
      '',
    ],
  },
};

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The example file's content: header and one row, with a BOM so Excel reads UTF-8. */
export function exampleCsv(kind: ImportKind): string {
  const { columns, example } = IMPORT_TEMPLATES[kind];
  return `\uFEFF${columns.join(',')}\n${example.map(quote).join(',')}\n`;
}
