import { CONTRIBUTION_TYPE_LABELS, type Participation } from '@vssid/contracts';
import { cardPng } from '../integrations/card-image.ts';
import { cardPdf, participationPdf } from '../integrations/pdf/records-pdf.ts';
import type { AuthContext } from '../lib/auth-context.ts';
import { type CsvColumn, csvFile } from '../lib/csv.ts';
import type { Scheme } from '../repositories/records.repository.ts';
import type { RecordsService } from './records.service.ts';

type Row = Participation['periods'][number];

/**
 * "Quá trình tham gia" as CSV, in the app's one export convention (lib/csv.ts): the rows and
 * numbers of the screen, in its order (paid periods newest first), then the unpaid months.
 */
export const PARTICIPATION_COLUMNS: CsvColumn<Row>[] = [
  { title: 'Từ tháng', format: 'month', value: (r) => r.fromMonth },
  { title: 'Đến tháng', format: 'month', value: (r) => r.toMonth },
  { title: 'Đơn vị công tác', format: 'text', value: (r) => r.employerName },
  { title: 'Chức vụ', format: 'text', value: (r) => r.position },
  { title: 'Nơi làm việc', format: 'text', value: (r) => r.workplace },
  {
    title: 'Loại hình đóng',
    format: 'text',
    value: (r) => r.contributionType && CONTRIBUTION_TYPE_LABELS[r.contributionType][0],
  },
  { title: 'Loại tiền', format: 'text', value: (r) => r.currency },
  { title: 'Tiền lương đóng BHXH', format: 'money', value: (r) => r.salary },
  { title: 'Hệ số lương', format: 'decimal', value: (r) => r.salaryCoefficient },
  {
    title: 'Trạng thái',
    format: 'text',
    value: (r) => (r.status === 'paid' ? 'Đã đóng' : 'Chưa đóng'),
  },
];

const participationCsv = (p: Participation): string =>
  csvFile(PARTICIPATION_COLUMNS, [...p.periods, ...p.unpaid]);

/** "Tải về": the citizen's own history as CSV or PDF, and the card as PNG or PDF. */
export function recordsExportService(records: RecordsService) {
  return {
    async participation(auth: AuthContext, scheme: Scheme, format: 'csv' | 'pdf') {
      const p = await records.participation(auth, scheme);
      const name = `qua-trinh-tham-gia-${scheme}-${auth.bhxhCode}`;
      if (format === 'csv')
        return { body: participationCsv(p), type: 'text/csv; charset=utf-8', file: `${name}.csv` };
      const person = { fullName: auth.displayName, bhxhCode: auth.bhxhCode ?? '' };
      return {
        body: await participationPdf(person, p),
        type: 'application/pdf',
        file: `${name}.pdf`,
      };
    },
    async card(auth: AuthContext, format: 'png' | 'pdf') {
      const card = await records.card(auth);
      const body = format === 'png' ? await cardPng(card) : await cardPdf(card);
      const type = format === 'png' ? 'image/png' : 'application/pdf';
      return { body, type, file: `the-bhyt-${card.cardNumber}.${format}` };
    },
  };
}
