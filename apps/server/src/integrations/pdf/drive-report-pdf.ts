import { type DriveProgress, ROSTER_STATUS_LABELS, ROSTER_STATUSES } from '@vssid/contracts';
import { formatDate } from '@vssid/domain';
import { PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import { type TextStyle, vietnameseFonts } from './pdf-fonts.ts';

const A4L: [number, number] = [841.89, 595.28];
const MARGIN = 36;
const GREY = rgb(0.35, 0.35, 0.35);
const BLUE = rgb(0.04, 0.36, 0.7);
const num = (n: number) => n.toLocaleString('vi-VN');

/**
 * The one-page report for the school's leadership (issue 13): the drive's rate toward 100 %,
 * the days left, the five counts and the table per khoa, on one landscape A4 page (faculties
 * beyond what fits are summed on a last line, so the page stays one).
 */
export async function driveReportPdf(d: {
  organizationName: string;
  progress: DriveProgress;
  /** ISO yyyy-mm-dd, Vietnam time. */
  date: string;
}): Promise<Buffer> {
  const p = d.progress;
  const doc = await PDFDocument.create();
  doc.setTitle(`Báo cáo tiến độ – ${p.drive.name}`);
  doc.setAuthor(d.organizationName);
  doc.setLanguage('vi-VN');
  const f = await vietnameseFonts(doc);
  const page: PDFPage = doc.addPage(A4L);
  const right = A4L[0] - MARGIN;
  let y = A4L[1] - MARGIN;
  const text = (t: string, x: number, s: TextStyle) => f.draw(page, t, x, y, s);
  const rightText = (t: string, x: number, s: TextStyle) =>
    f.draw(page, t, x - f.width(t, s), y, s);

  text(d.organizationName.toUpperCase(), MARGIN, { size: 10, bold: true });
  rightText(`Ngày ${formatDate(d.date)}`, right, { size: 10 });
  y -= 28;
  text('BÁO CÁO TIẾN ĐỘ ĐĂNG KÝ VSSID', MARGIN, { size: 16, bold: true });
  y -= 18;
  text(p.drive.name, MARGIN, { size: 11 });
  y -= 15;
  const deadline = p.ended
    ? `Hạn đăng ký: ${formatDate(p.drive.deadline)} (đã hết hạn)`
    : `Hạn đăng ký: ${formatDate(p.drive.deadline)} · còn ${p.daysLeft} ngày`;
  text(`${deadline} · Cơ quan BHXH tiếp nhận: ${p.drive.agency.name}`, MARGIN, {
    size: 10,
    color: GREY,
  });

  // The rate, large, and its bar.
  y -= 44;
  text(`${p.percent} %`, MARGIN, { size: 32, bold: true, color: BLUE });
  const registered = p.counts.approved + p.counts.declared;
  f.draw(
    page,
    `đã đăng ký thành công (${num(registered)}/${num(p.total)} sinh viên)`,
    MARGIN + 96,
    y + 8,
    { size: 11 },
  );
  const barX = MARGIN + 96;
  const barW = right - barX;
  page.drawRectangle({ x: barX, y: y - 6, width: barW, height: 8, color: rgb(0.9, 0.9, 0.9) });
  page.drawRectangle({
    x: barX,
    y: y - 6,
    width: (barW * Math.min(100, p.percent)) / 100,
    height: 8,
    color: BLUE,
  });

  // The five counts in a row.
  y -= 40;
  const boxW = (right - MARGIN) / ROSTER_STATUSES.length;
  ROSTER_STATUSES.forEach((s, i) => {
    const x = MARGIN + i * boxW;
    page.drawRectangle({
      x: x + 2,
      y: y - 14,
      width: boxW - 4,
      height: 42,
      borderColor: GREY,
      borderWidth: 0.5,
    });
    f.draw(page, num(p.counts[s]), x + 10, y + 8, { size: 14, bold: true });
    f.draw(page, ROSTER_STATUS_LABELS[s].vi, x + 10, y - 8, { size: 9.5 });
  });

  // The table per khoa.
  y -= 40;
  const cols = [
    { title: 'Khoa', width: 230 },
    { title: 'Sĩ số', width: 60 },
    ...ROSTER_STATUSES.map((s) => ({ title: ROSTER_STATUS_LABELS[s].vi, width: 80 })),
    { title: 'Tỉ lệ', width: 60 },
  ];
  const tableW = cols.reduce((s, c) => s + c.width, 0);
  const ROW = 16;
  const row = (cells: string[], bold = false, fill = false) => {
    if (fill)
      page.drawRectangle({
        x: MARGIN,
        y: y - 4,
        width: tableW,
        height: ROW,
        color: rgb(0.92, 0.94, 0.97),
      });
    let x = MARGIN;
    cells.forEach((c, i) => {
      const w = cols[i]!.width;
      const s = { size: 9, bold };
      let t = c;
      while (t.length > 1 && f.width(t, s) > w - 8) t = `${t.slice(0, -2)}…`;
      if (i === 0) f.draw(page, t, x + 4, y, s);
      else f.draw(page, t, x + w - 4 - f.width(t, s), y, s);
      x += w;
    });
    page.drawLine({
      start: { x: MARGIN, y: y - 4 },
      end: { x: MARGIN + tableW, y: y - 4 },
      thickness: 0.4,
      color: GREY,
    });
    y -= ROW;
  };
  row(
    cols.map((c) => c.title),
    true,
    true,
  );
  const room = Math.floor((y - MARGIN - 20) / ROW) - 1;
  const shown = p.faculties.length > room ? p.faculties.slice(0, room - 1) : p.faculties;
  for (const fac of shown)
    row([
      fac.faculty,
      num(fac.total),
      ...ROSTER_STATUSES.map((s) => num(fac.counts[s])),
      `${fac.percent} %`,
    ]);
  const rest = p.faculties.slice(shown.length);
  if (rest.length > 0) {
    const sum = (k: (x: (typeof rest)[number]) => number) =>
      num(rest.reduce((a, x) => a + k(x), 0));
    row([
      `${rest.length} khoa khác`,
      sum((x) => x.total),
      ...ROSTER_STATUSES.map((s) => sum((x) => x.counts[s])),
      '',
    ]);
  }
  row(
    ['Toàn bộ', num(p.total), ...ROSTER_STATUSES.map((s) => num(p.counts[s])), `${p.percent} %`],
    true,
  );
  return Buffer.from(await doc.save());
}
