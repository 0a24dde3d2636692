import type { BhytCard, Participation } from '@vssid/contracts';
import { CONTRIBUTION_TYPE_LABELS, RECORD_SCHEME_LABELS } from '@vssid/contracts';
import { formatDate, formatDuration, formatMoney, formatMonth } from '@vssid/domain';
import { PDFDocument, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { vietnameseFonts } from './pdf-fonts.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;

/** "Quá trình tham gia" as an A4 document the citizen keeps (their right to their data). */
export async function participationPdf(
  person: { fullName: string; bhxhCode: string },
  p: Participation,
): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Quá trình tham gia ${RECORD_SCHEME_LABELS[p.scheme]} – ${person.bhxhCode}`);
  doc.setLanguage('vi-VN');
  const f = await vietnameseFonts(doc);
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const line = (text: string, size = 10, bold = false) => {
    for (const l of f.wrap(text, A4[0] - 2 * MARGIN, { size, bold })) {
      if (y < MARGIN) {
        page = doc.addPage(A4);
        y = A4[1] - MARGIN;
      }
      f.draw(page, l, MARGIN, y, { size, bold });
      y -= size + 5;
    }
  };
  line(`Quá trình tham gia ${RECORD_SCHEME_LABELS[p.scheme]}`, 16, true);
  line(`${person.fullName} – Mã số BHXH: ${person.bhxhCode}`, 11);
  line(`Tổng thời gian tham gia: ${formatDuration(p.total.months, 'vi')}`, 11, true);
  y -= 6;
  for (const r of p.periods) {
    line(`${formatMonth(r.fromMonth)} - ${formatMonth(r.toMonth)}   ${r.employerName}`, 10, true);
    const salary = r.salary === null ? '' : `Tiền lương đóng BHXH: ${formatMoney(r.salary)}`;
    line(
      `Chức vụ: ${r.position ?? ''}   Loại hình đóng: ${r.contributionType ? CONTRIBUTION_TYPE_LABELS[r.contributionType][0] : ''}   ${salary}`,
    );
  }
  if (p.unpaid.length > 0) {
    y -= 6;
    line('Chưa đóng (không tính vào tổng thời gian)', 11, true);
    for (const u of p.unpaid)
      line(`${formatMonth(u.fromMonth)} - ${formatMonth(u.toMonth)}   ${u.employerName}`);
  }
  return Buffer.from(await doc.save());
}

/** The BHYT card on one page, with its QR code, for printing. */
export async function cardPdf(card: BhytCard): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Thẻ BHYT – ${card.cardNumber}`);
  doc.setLanguage('vi-VN');
  const f = await vietnameseFonts(doc);
  const page = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  for (const [text, size, bold] of cardLines(card)) {
    f.draw(page, text, MARGIN, y, { size, bold });
    y -= size + 6;
  }
  const png = await QRCode.toBuffer(card.qrPayload, { margin: 1, width: 300 });
  const img = await doc.embedPng(png);
  page.drawImage(img, {
    x: A4[0] - MARGIN - 150,
    y: A4[1] - MARGIN - 160,
    width: 150,
    height: 150,
  });
  return Buffer.from(await doc.save());
}

type Line = [text: string, size: number, bold: boolean];

/** The printed lines of the card, shared by the PDF and the PNG. */
export function cardLines(card: BhytCard): Line[] {
  const validity = card.validTo
    ? `Giá trị sử dụng: từ ngày ${formatDate(card.validFrom)} đến ngày ${formatDate(card.validTo)}`
    : `Giá trị sử dụng: từ ngày ${formatDate(card.validFrom)}`;
  return [
    ['THẺ BẢO HIỂM Y TẾ', 16, true],
    [`Mã số: ${card.cardNumber}`, 12, true],
    [`Họ và tên: ${card.fullName}`, 12, false],
    [
      `Ngày sinh: ${formatDate(card.birthDate)}   Giới tính: ${card.gender === 'male' ? 'Nam' : 'Nữ'}`,
      11,
      false,
    ],
    [`Nơi đăng ký KCB ban đầu: ${card.facilityName} (${card.facilityCode})`, 11, false],
    [validity, 11, false],
    // Left out when unknown, as on the screen (a lone "-" at a line end reads as a hyphen).
    ...(card.fiveYearsFrom
      ? [[`Thời điểm đủ 5 năm liên tục: ${formatDate(card.fiveYearsFrom)}`, 11, false] as Line]
      : []),
    [`Mức hưởng: ${card.benefitLevel}`, 11, false],
    [`Nơi cấp: ${card.issuingOffice}   Ngày cấp: ${formatDate(card.issueDate)}`, 10, false],
  ];
}
