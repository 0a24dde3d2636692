import { IMPORT_COLUMNS, type ImportKind } from '@vssid/contracts';

/**
 * The CSV templates (records and directories) as docs/IMPORTS.md documents them (UTF-8, header on line 1, in this
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
  // Directories: the same rows as apps/server/data/import-templates/<kind>.csv.
  agencies: {
    example: [
      '00135',
      'BHXH cơ sở Đống Đa',
      'BHXH cơ sở',
      '01',
      '00235',
      'Số 5 phố Chùa Bộc, Phường Đống Đa, Hà Nội',
      '024 3852 1234',
      'dongda@hanoi.vss.gov.vn',
      'Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–16:30',
      '21.0075',
      '105.8262',
    ],
  },
  'health-facilities': {
    example: [
      '01987',
      'Bệnh viện Đa khoa Đống Đa (mẫu)',
      'Cấp khám bệnh, chữa bệnh cơ bản',
      'Công lập',
      '01',
      '00235',
      'Số 192 Nguyễn Lương Bằng, Phường Đống Đa, Hà Nội',
      '024 3851 0255',
      '1',
      'có',
      'x',
      '21.0131',
      '105.8275',
    ],
  },
  employers: {
    example: [
      'TA1987A',
      '0101987654',
      'Công ty TNHH Minh Họa Đống Đa',
      '01',
      '00235',
      'Số 10 Tây Sơn, Phường Đống Đa, Hà Nội',
      '001',
      'Đang tham gia',
    ],
  },
  'collection-points': {
    example: [
      'DT01987',
      'Điểm thu Bưu điện Đống Đa',
      'Điểm thu',
      'Bưu điện Việt Nam',
      '01',
      '00235',
      'Số 1 Xã Đàn, Phường Đống Đa, Hà Nội',
      '024 3851 0000',
      'Thứ Hai – Thứ Bảy: 7:30–17:30',
      '21.0152',
      '105.8301',
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
