import { formatDate } from '@vssid/domain';
import { PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import { type TextStyle, vietnameseFonts } from './pdf-fonts.ts';

export type HandoverRow = {
  bhxhCode: string;
  fullName: string;
  faculty: string;
  className: string;
  applicationNumber: string;
  /** ISO yyyy-mm-dd, Vietnam time. */
  receivedOn: string;
};

export type HandoverData = {
  organizationName: string;
  driveName: string;
  agencyName: string;
  /** ISO yyyy-mm-dd, Vietnam time: the day the list is printed. */
  date: string;
  rows: HandoverRow[];
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 40;
const ROW = 17;
const GREY = rgb(0.35, 0.35, 0.35);
const COLUMNS: { title: string; width: number; value: (r: HandoverRow, i: number) => string }[] = [
  { title: 'STT', width: 30, value: (_r, i) => String(i + 1) },
  { title: 'Mã số BHXH', width: 76, value: (r) => r.bhxhCode },
  { title: 'Họ và tên', width: 172, value: (r) => r.fullName },
  { title: 'Lớp', width: 70, value: (r) => r.className },
  { title: 'Mã hồ sơ', width: 92, value: (r) => r.applicationNumber },
  { title: 'Ngày nhận', width: 75, value: (r) => formatDate(r.receivedOn) },
];
const TABLE_WIDTH = COLUMNS.reduce((s, c) => s + c.width, 0);

/**
 * "Danh sách bàn giao tờ khai" (issue 13): the signed declarations an organization received,
 * for one receiving BHXH agency — STT, mã số BHXH, họ và tên, lớp, mã hồ sơ, ngày nhận — with the
 * count (in all and per khoa) and the signature lines "Người giao" and "Người nhận". The table
 * runs over as many A4 pages as it needs, its header repeated and each page numbered.
 */
export async function handoverPdf(d: HandoverData): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Danh sách bàn giao tờ khai – ${d.agencyName}`);
  doc.setAuthor(d.organizationName);
  doc.setLanguage('vi-VN');
  const f = await vietnameseFonts(doc);
  const right = A4[0] - MARGIN;
  const left = MARGIN + (right - MARGIN - TABLE_WIDTH) / 2;
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = doc.addPage(A4);
    pages.push(page);
    y = A4[1] - MARGIN;
  };
  const center = (text: string, at: number, s: TextStyle, from = MARGIN, to = right) =>
    f.draw(page, text, from + (to - from - f.width(text, s)) / 2, at, s);
  /** Text that fits `width`: a smaller size first, then cut with an ellipsis. */
  const fit = (text: string, width: number, s: TextStyle): [string, TextStyle] => {
    let size = s.size;
    while (size > 7 && f.width(text, { ...s, size }) > width) size -= 0.5;
    let t = text;
    while (t.length > 1 && f.width(t, { ...s, size }) > width) t = `${t.slice(0, -2)}…`;
    return [t, { ...s, size }];
  };
  const cellLine = (x: number, top: number, h: number) =>
    page.drawLine({
      start: { x, y: top },
      end: { x, y: top - h },
      thickness: 0.5,
      color: GREY,
    });
  const rowBox = (top: number, h: number, fill = false) => {
    if (fill)
      page.drawRectangle({
        x: left,
        y: top - h,
        width: TABLE_WIDTH,
        height: h,
        color: rgb(0.92, 0.94, 0.97),
      });
    page.drawRectangle({
      x: left,
      y: top - h,
      width: TABLE_WIDTH,
      height: h,
      borderColor: GREY,
      borderWidth: 0.5,
    });
    let x = left;
    for (const c of COLUMNS.slice(0, -1)) {
      x += c.width;
      cellLine(x, top, h);
    }
  };
  const tableHeader = () => {
    rowBox(y, ROW + 2, true);
    let x = left;
    for (const c of COLUMNS) {
      center(c.title, y - 12.5, { size: 9.5, bold: true }, x, x + c.width);
      x += c.width;
    }
    y -= ROW + 2;
  };

  newPage();
  // The organization on the left, the national motto on the right, as on an official list.
  const half = (right - MARGIN) / 2;
  const orgLines = f.wrap(d.organizationName.toUpperCase(), half - 10, { size: 10, bold: true });
  for (const [i, l] of orgLines.entries())
    center(l, y - i * 13, { size: 10, bold: true }, MARGIN, MARGIN + half - 10);
  center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', y, { size: 10, bold: true }, MARGIN + half, right);
  center('Độc lập - Tự do - Hạnh phúc', y - 13, { size: 10, bold: true }, MARGIN + half, right);
  y -= Math.max(2, orgLines.length) * 13 + 28;
  center('DANH SÁCH BÀN GIAO TỜ KHAI', y, { size: 15, bold: true });
  y -= 17;
  center('Tờ khai đăng ký sử dụng phương thức giao dịch điện tử (VssID)', y, { size: 10 });
  y -= 26;
  const line = (label: string, value: string) => {
    const head = `${label}: `;
    f.draw(page, head, MARGIN, y, { size: 11 });
    const x = MARGIN + f.width(head, { size: 11 });
    for (const [i, l] of f.wrap(value, right - x, { size: 11, bold: true }).entries()) {
      if (i > 0) y -= 14;
      f.draw(page, l, x, y, { size: 11, bold: true });
    }
    y -= 17;
  };
  line('Đợt đăng ký', d.driveName);
  line('Bên giao', d.organizationName);
  line('Bên nhận', d.agencyName);
  line('Số tờ khai bàn giao', `${d.rows.length.toLocaleString('vi-VN')} tờ khai`);
  y -= 6;

  tableHeader();
  if (d.rows.length === 0) {
    rowBox(y, ROW);
    center('Chưa có tờ khai nào được nhận.', y - 12, { size: 9.5 }, left, left + TABLE_WIDTH);
    y -= ROW;
  }
  d.rows.forEach((r, i) => {
    if (y - ROW < MARGIN + 20) {
      newPage();
      tableHeader();
    }
    rowBox(y, ROW);
    let x = left;
    for (const c of COLUMNS) {
      const [t, s] = fit(c.value(r, i), c.width - 8, { size: 9.5 });
      const numeric = c.title === 'STT';
      f.draw(page, t, numeric ? x + c.width - 4 - f.width(t, s) : x + 4, y - 12, s);
      x += c.width;
    }
    y -= ROW;
  });

  // Counts per khoa, then the date and the two signatures (kept together on one page).
  const byFaculty = new Map<string, number>();
  for (const r of d.rows) byFaculty.set(r.faculty, (byFaculty.get(r.faculty) ?? 0) + 1);
  const needed = 22 + byFaculty.size * 15 + 150;
  if (y - needed < MARGIN) newPage();
  y -= 22;
  f.draw(page, `Tổng cộng: ${d.rows.length.toLocaleString('vi-VN')} tờ khai`, MARGIN, y, {
    size: 11,
    bold: true,
  });
  for (const [faculty, n] of [...byFaculty].sort((a, b) => a[0].localeCompare(b[0], 'vi'))) {
    y -= 15;
    const [t, s] = fit(`${faculty}: ${n.toLocaleString('vi-VN')} tờ khai`, right - MARGIN - 12, {
      size: 10,
    });
    f.draw(page, `– ${t}`, MARGIN + 6, y, s);
  }
  const [yy, mm, dd] = d.date.split('-');
  y -= 28;
  center(`Ngày ${dd} tháng ${mm} năm ${yy}`, y, { size: 11 }, MARGIN + half, right);
  y -= 20;
  const sides: [string, string, number, number][] = [
    ['NGƯỜI GIAO', d.organizationName, MARGIN, MARGIN + half],
    ['NGƯỜI NHẬN', d.agencyName, MARGIN + half, right],
  ];
  for (const [title, party, from, to] of sides) {
    center(title, y, { size: 11, bold: true }, from, to);
    center('(Ký, ghi rõ họ tên)', y - 14, { size: 9.5 }, from, to);
    const [t, s] = fit(party, to - from - 20, { size: 9.5 });
    center(t, y - 28, { ...s, color: GREY }, from, to);
    page.drawLine({
      start: { x: from + 30, y: y - 100 },
      end: { x: to - 30, y: y - 100 },
      thickness: 0.5,
      color: GREY,
    });
  }

  pages.forEach((p, i) => {
    const label = `Trang ${i + 1}/${pages.length}`;
    f.draw(p, label, right - f.width(label, { size: 8.5 }), MARGIN - 18, {
      size: 8.5,
      color: GREY,
    });
  });
  return Buffer.from(await doc.save());
}
