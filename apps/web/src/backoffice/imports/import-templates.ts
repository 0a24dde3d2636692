import { IMPORT_COLUMNS, type ImportKind } from '@vssid/contracts';

/**
 * The four CSV templates as docs/IMPORTS.md documents them (UTF-8, header on line 1, in this
 * order; the server refuses any other header). The example row is the demo citizen's.
 * Months 'MM/YYYY' or 'YYYY-MM', dates 'dd/mm/yyyy' or ISO, money in whole đồng.
 */
const EXAMPLES: Record<ImportKind, { example: string[] }> = {
  participation: {
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

/** The columns of a template (shared with the server through @vssid/contracts). */
export const templateColumns = (kind: ImportKind): readonly string[] => IMPORT_COLUMNS[kind];

/** The example file's content: header and one row, with a BOM so Excel reads UTF-8. */
export function exampleCsv(kind: ImportKind): string {
  const { example } = EXAMPLES[kind];
  return `\uFEFF${IMPORT_COLUMNS[kind].join(',')}\n${example.map(quote).join(',')}\n`;
}
