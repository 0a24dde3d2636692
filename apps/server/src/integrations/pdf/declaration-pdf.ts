import { formatDate } from '@vssid/domain';
import { PDFDocument, rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import { vietnameseFonts } from './pdf-fonts.ts';

export type DeclarationData = {
  applicationNumber: string;
  fullName: string;
  bhxhCode: string;
  birthDate: string;
  idNumber: string;
  address: string;
  phone: string;
  email: string;
  agencyName: string;
  /** Submission date, ISO yyyy-mm-dd in Vietnam time. */
  date: string;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/**
 * "Tờ khai đăng ký sử dụng phương thức giao dịch điện tử", one A4 page the student prints,
 * signs and hands to the university. The QR code holds the application number, so an officer
 * can find the application by scanning the paper.
 */
export async function declarationPdf(d: DeclarationData): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Tờ khai đăng ký sử dụng phương thức giao dịch điện tử – ${d.applicationNumber}`);
  doc.setSubject(d.applicationNumber);
  doc.setAuthor('Bảo hiểm xã hội Việt Nam – VssID');
  doc.setLanguage('vi-VN');
  const f = await vietnameseFonts(doc);
  const page = doc.addPage(A4);
  const right = A4[0] - MARGIN;
  const center = (text: string, y: number, size: number, bold = false) =>
    f.draw(page, text, (A4[0] - f.width(text, { size, bold })) / 2, y, { size, bold });

  let y = A4[1] - MARGIN;
  /** Moves the pen down the page and returns the new baseline. */
  const down = (dy: number) => {
    y -= dy;
    return y;
  };
  center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', y, 12, true);
  center('Độc lập - Tự do - Hạnh phúc', down(16), 12, true);
  y -= 40;
  center('TỜ KHAI', y, 15, true);
  center('ĐĂNG KÝ SỬ DỤNG PHƯƠNG THỨC GIAO DỊCH ĐIỆN TỬ', down(20), 13, true);
  center('(Dành cho cá nhân đăng ký tài khoản giao dịch điện tử VssID)', down(16), 10);

  f.draw(page, `Số hồ sơ: ${d.applicationNumber}`, MARGIN, down(32), { size: 11, bold: true });
  const qr = await QRCode.toBuffer(d.applicationNumber, { margin: 1, width: 240 });
  page.drawImage(await doc.embedPng(qr), { x: right - 72, y: y - 60, width: 72, height: 72 });

  f.draw(page, `Kính gửi: ${d.agencyName}`, MARGIN, down(26), { size: 12, bold: true });
  const rows: [string, string][] = [
    ['Họ và tên', d.fullName],
    ['Mã số BHXH', d.bhxhCode],
    ['Ngày sinh', formatDate(d.birthDate)],
    ['Số CCCD/CMND/Hộ chiếu', d.idNumber],
    ['Địa chỉ liên hệ', d.address],
    ['Số điện thoại', d.phone],
    ['Email nhận thông báo', d.email],
    ['Cơ quan BHXH tiếp nhận', d.agencyName],
  ];
  y -= 10;
  rows.forEach(([label, value], i) => {
    const head = `${i + 1}. ${label}: `;
    const style = { size: 11 };
    y -= 22;
    f.draw(page, head, MARGIN, y, style);
    const x = MARGIN + f.width(head, style);
    f.wrap(value, right - x, { ...style, bold: true }).forEach((line, n) => {
      if (n > 0) y -= 15;
      f.draw(page, line, x, y, { ...style, bold: true });
    });
  });

  y -= 32;
  const pledge =
    'Tôi đăng ký sử dụng phương thức giao dịch điện tử trong lĩnh vực bảo hiểm xã hội, bảo hiểm y tế qua ứng dụng VssID và cam đoan những thông tin kê khai trên là đúng sự thật; nếu sai tôi xin chịu trách nhiệm trước pháp luật.';
  for (const line of f.wrap(pledge, right - MARGIN, { size: 11 })) {
    f.draw(page, line, MARGIN, y, { size: 11 });
    y -= 15;
  }

  const [yy, mm, dd] = d.date.split('-');
  const sign = A4[0] / 2 + 40;
  const signCenter = (text: string, at: number, size: number, bold = false) =>
    f.draw(page, text, sign + (right - sign - f.width(text, { size, bold })) / 2, at, {
      size,
      bold,
    });
  signCenter(`Ngày ${dd} tháng ${mm} năm ${yy}`, down(24), 11);
  signCenter('NGƯỜI KÊ KHAI', down(18), 11, true);
  signCenter('(Ký, ghi rõ họ tên)', down(14), 10);
  page.drawLine({
    start: { x: sign + 10, y: y - 60 },
    end: { x: right - 10, y: y - 60 },
    thickness: 0.5,
    color: rgb(0.5, 0.5, 0.5),
  });
  signCenter(d.fullName, y - 78, 11, true);

  return Buffer.from(await doc.save());
}
