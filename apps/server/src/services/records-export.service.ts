import { CONTRIBUTION_TYPE_LABELS, type Participation } from '@vssid/contracts';
import { cardPng } from '../integrations/card-image.ts';
import { cardPdf, participationPdf } from '../integrations/pdf/records-pdf.ts';
import type { AuthContext } from '../lib/auth-context.ts';
import { csvCell } from '../lib/csv.ts';
import type { Scheme } from '../repositories/records.repository.ts';
import type { RecordsService } from './records.service.ts';

export const PARTICIPATION_EXPORT_HEADER = [
  'Từ tháng',
  'Đến tháng',
  'Đơn vị công tác',
  'Chức vụ',
  'Nơi làm việc',
  'Loại hình đóng',
  'Loại tiền',
  'Tiền lương đóng BHXH',
  'Hệ số lương',
  'Trạng thái',
];

/** CSV with a BOM so spreadsheet software opens the Vietnamese text as UTF-8. */
function participationCsv(p: Participation): string {
  const rows = [...p.periods].reverse().concat(p.unpaid);
  const lines = [PARTICIPATION_EXPORT_HEADER.join(',')].concat(
    rows.map((r) =>
      [
        r.fromMonth,
        r.toMonth,
        r.employerName,
        r.position,
        r.workplace,
        r.contributionType && CONTRIBUTION_TYPE_LABELS[r.contributionType][0],
        r.currency,
        r.salary,
        r.salaryCoefficient,
        r.status === 'paid' ? 'Đã đóng' : 'Chưa đóng',
      ]
        .map(csvCell) // quoted and safe to open in a spreadsheet
        .join(','),
    ),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

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
