import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { DEMO_DRIVE_DAYS, DEMO_FACULTY } from '../src/db/seed/demo-organization.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { sessionHeaders, type TestApp } from './helpers.ts';
import {
  captureOtps,
  officer,
  register,
  registrationApp,
  student,
} from './registration-helpers.ts';
import { accountIdOf, organizationFixture, organizationSessions } from './support/org-fixture.ts';

/**
 * "Đã nộp tờ khai" (issue 13): each answer to a scanned or typed application number, the faculty
 * and organization scope, the audit of receipts and undos, the progress and export counting the
 * new status, and "Danh sách bàn giao tờ khai" read back with pdftotext.
 */
const clock = new FakeClock('2026-11-26T02:00:00Z');
let t: TestApp;
let codes: Map<string, string>;
let unit: Record<string, string>;
let faculty: Record<string, string>;
let other: Record<string, string>;
let driveId: string;
let otherDriveId: string;
/** Application numbers: Đức approved (CNTT), Lan Anh approved by Hà Nội (Kinh tế), Huy pending, Nam refused. */
const n: Record<'duc' | 'lanAnh' | 'huy' | 'nam', string> = {
  duc: '',
  lanAnh: '',
  huy: '',
  nam: '',
};
const KT = 'Khoa Kinh tế';
const ROSTER = [
  'Mã sinh viên,Họ và tên,Ngày sinh,Khoa,Lớp,Mã số BHXH,Email,Số điện thoại',
  `SV001,Trần Minh Đức,17/04/2005,${DEMO_FACULTY},CNT64DH1,3123040101,,`,
  `SV002,Nguyễn Thị Lan Anh,02/09/2006,${KT},KTB64DH,3123040102,,`,
  `SV003,Phạm Quang Huy,25/12/2004,${DEMO_FACULTY},CNT64DH2,3123040103,,`,
  `SV005,Đặng Hoàng Nam,11/06/2006,${KT},KTB64DH,3123040105,,`,
].join('\n');

const sql = (q: string, v?: unknown[]) => t.runtime.database.executeSql(q, v);
const idOf = (username: string) => accountIdOf(t, username);
const scan = (drive: string, applicationNumber: string, h: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/admin/org/drives/${drive}/declarations`,
    headers: h,
    payload: { applicationNumber },
  });
const undo = (drive: string, number: string, h: Record<string, string>) =>
  t.app.inject({
    method: 'DELETE',
    url: `/api/admin/org/drives/${drive}/declarations/${encodeURIComponent(number)}`,
    headers: h,
  });
const get = (url: string, h: Record<string, string>) =>
  t.app.inject({ method: 'GET', url, headers: h });
const audits = async (action: string) =>
  (
    await sql(
      `select actor_role, subject_bhxh_code, detail from audit_log where action = $1 order by at`,
      [action],
    )
  ).rows;

beforeAll(async () => {
  t = await registrationApp({ clock });
  codes = captureOtps(t);
  ({ driveId, otherDriveId } = await organizationFixture(t));
  unit = await sessionHeaders(t, await idOf('vmu.donvi'), 'staff');
  const up = await t.app.inject({
    method: 'POST',
    url: `/api/admin/org/drives/${driveId}/roster`,
    headers: { ...unit, 'content-type': 'text/csv' },
    payload: ROSTER,
  });
  expect(up.json()).toMatchObject({ rowsAdded: 4, rowsRefused: 0 });
  // The other organization's roster has a student of its own (Vũ Ngọc Ánh).
  await sql(
    `insert into roster_rows (drive_id, student_code, full_name, birth_date, faculty, class_name,
       bhxh_code, search_key, imported_at)
     values ($1, 'H01', 'Vũ Ngọc Ánh', '2005-01-30', 'Khoa Toán', 'T1', '3123040104', 'h01', now())`,
    [otherDriveId],
  );

  const hp = await officer(t, DEMO.officers.haiphong);
  const hn = await officer(t, DEMO.officers.hanoi);
  const decide = async (id: string, h: Record<string, string>, verb: string, payload = {}) => {
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/admin/registrations/${id}/${verb}`,
      headers: h,
      payload,
    });
    expect(r.statusCode, r.body).toBe(200);
  };
  const duc = await register(t, codes, student(0));
  const lanAnh = await register(t, codes, student(1), { agencyCode: '001' });
  const huy = await register(t, codes, student(2));
  const anh = await register(t, codes, student(3));
  const nam = await register(t, codes, student(4));
  await decide(duc.draft.id, hp, 'approve');
  await decide(lanAnh.draft.id, hn, 'approve');
  await decide(anh.draft.id, hp, 'approve');
  await decide(nam.draft.id, hp, 'reject', { reasonCode: 'photo_unclear' });
  n.duc = duc.submitted.applicationNumber;
  n.lanAnh = lanAnh.submitted.applicationNumber;
  n.huy = huy.submitted.applicationNumber;
  n.nam = nam.submitted.applicationNumber;
  (n as Record<string, string>).anh = anh.submitted.applicationNumber;
});
afterAll(async () => t.close());
beforeEach(async () => {
  ({ unit, faculty, other } = await organizationSessions(t));
});

describe('POST /api/admin/org/drives/:id/declarations', () => {
  it('receives an approved student’s form: "Đã nộp tờ khai", recorded and audited', async () => {
    clock.set(new Date('2026-11-26T02:15:00Z'));
    const res = await scan(driveId, n.duc, unit);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      outcome: 'received',
      receipt: {
        applicationNumber: n.duc,
        studentCode: 'SV001',
        fullName: 'Trần Minh Đức',
        faculty: DEMO_FACULTY,
        className: 'CNT64DH1',
        receivedAt: '2026-11-26T02:15:00.000Z',
        receivedBy: { name: 'Cán bộ đơn vị – Trường Đại học Hàng hải Việt Nam' },
      },
    });
    const rows = await audits('org.declaration.receive');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_role: 'org_unit',
      subject_bhxh_code: '3123040101',
      detail: { applicationNumber: n.duc, studentCode: 'SV001' },
    });
  });

  it('says when and by whom a form was already received, and changes nothing', async () => {
    clock.set(new Date('2026-11-26T02:20:00Z'));
    // Typed by hand: lower case, no leading zeros.
    const typed = n.duc.toLowerCase().replace(/-0+/, '-');
    const res = await scan(driveId, typed, faculty);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      outcome: 'already_received',
      receipt: {
        applicationNumber: n.duc,
        receivedAt: '2026-11-26T02:15:00.000Z',
        receivedBy: { name: 'Cán bộ đơn vị – Trường Đại học Hàng hải Việt Nam' },
      },
    });
    expect(await audits('org.declaration.receive')).toHaveLength(1);
  });

  it('answers an unknown number, a malformed one, a pending and a refused application', async () => {
    const unknown = await scan(driveId, 'DK-2026-999999', unit);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({
      code: 'DECLARATION_UNKNOWN',
      message: 'Không có hồ sơ đăng ký nào mang mã này. Hãy kiểm tra lại mã trên tờ khai.',
    });
    const bad = await scan(driveId, 'https://example.com/x', unit);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject([
      { field: 'applicationNumber', code: 'DECLARATION_NUMBER_INVALID' },
    ]);
    const pending = await scan(driveId, n.huy, unit);
    expect(pending.statusCode).toBe(409);
    expect(pending.json().error).toMatchObject({
      code: 'DECLARATION_NOT_APPROVED',
      message: 'Hồ sơ này đang chờ cơ quan BHXH duyệt. Chỉ nhận tờ khai khi hồ sơ đã được duyệt.',
    });
    const refused = await scan(driveId, n.nam, unit);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('DECLARATION_REJECTED');
  });

  it('refuses another organization’s form without saying whose', async () => {
    const anh = (n as Record<string, string>).anh!;
    const res = await scan(driveId, anh, unit);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('DECLARATION_NOT_ON_ROSTER');
    expect(res.body).not.toContain('Ánh');
    expect(res.body).not.toContain('Hải Phòng');
    // The other organization receives it on its own drive, and cannot touch ours.
    expect((await scan(otherDriveId, anh, other)).statusCode).toBe(201);
    expect((await scan(otherDriveId, n.duc, other)).json().error.code).toBe(
      'DECLARATION_NOT_ON_ROSTER',
    );
    const foreign = await scan(driveId, n.lanAnh, other);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('DRIVE_NOT_FOUND');
    expect((await get(`/api/admin/org/drives/${driveId}/declarations`, other)).statusCode).toBe(
      404,
    );
    expect((await undo(driveId, n.duc, other)).statusCode).toBe(404);
  });

  it('keeps "Cán bộ khoa" to their faculty', async () => {
    const res = await scan(driveId, n.lanAnh, faculty);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({
      code: 'DECLARATION_OTHER_FACULTY',
      message:
        'Sinh viên này thuộc khoa khác, ngoài phạm vi của bạn: cán bộ khoa đó hoặc cán bộ đơn vị nhận tờ khai này.',
    });
    expect(res.body).not.toContain('Lan Anh');
    // The organization's staff receive it.
    clock.set(new Date('2026-11-26T02:25:00Z'));
    expect((await scan(driveId, n.lanAnh, unit)).statusCode).toBe(201);
    // The faculty's list and undo do not see it.
    const list = (await get(`/api/admin/org/drives/${driveId}/declarations`, faculty)).json();
    expect(list.items.map((i: { studentCode: string }) => i.studentCode)).toEqual(['SV001']);
    expect((await undo(driveId, n.lanAnh, faculty)).json().error.code).toBe(
      'DECLARATION_NOT_RECEIVED',
    );
  });
});

describe('progress, filter and export', () => {
  it('counts a student who handed in the form under "Đã nộp tờ khai", still registered', async () => {
    const p = (await get(`/api/admin/org/drives/${driveId}`, unit)).json();
    expect(p).toMatchObject({
      total: 4,
      counts: { not_registered: 0, submitted: 1, approved: 0, rejected: 1, declared: 2 },
      percent: 50,
    });
    const cntt = p.faculties.find((f: { faculty: string }) => f.faculty === DEMO_FACULTY);
    expect(cntt.counts).toMatchObject({ declared: 1, submitted: 1 });
    const declared = (
      await get(`/api/admin/org/drives/${driveId}/students?status=declared`, unit)
    ).json();
    expect(declared.items.map((i: { studentCode: string }) => i.studentCode)).toEqual([
      'SV001',
      'SV002',
    ]);
    const csv = (await get(`/api/admin/org/drives/${driveId}/students.csv`, unit)).body;
    expect(csv).toContain('SV001,Trần Minh Đức,17/04/2005');
    expect(csv).toMatch(/SV001,.*,Đã nộp tờ khai/);
  });
});

describe('DELETE /api/admin/org/drives/:id/declarations/:number', () => {
  it('undoes a mistaken receipt, audited; the form can be received again', async () => {
    const res = await undo(driveId, n.duc, faculty);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applicationNumber: n.duc, studentCode: 'SV001' });
    const rows = await audits('org.declaration.undo');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_role: 'org_faculty',
      subject_bhxh_code: '3123040101',
      detail: { applicationNumber: n.duc, faculty: DEMO_FACULTY },
    });
    expect((await undo(driveId, n.duc, faculty)).statusCode).toBe(404);
    const p = (await get(`/api/admin/org/drives/${driveId}`, unit)).json();
    expect(p.counts).toMatchObject({ approved: 1, declared: 1 });
    // The undone receipt stays on record, with who undid it.
    const kept = await sql(
      `select undone_by is not null as undone from declaration_receipts
       where bhxh_code = '3123040101' order by received_at`,
    );
    expect(kept.rows).toEqual([{ undone: true }]);
    clock.set(new Date('2026-11-26T02:40:00Z'));
    expect((await scan(driveId, n.duc, faculty)).statusCode).toBe(201);
  });
});

describe('GET …/declarations and the handover list', () => {
  it('lists the received forms with a handover count per receiving agency', async () => {
    const list = (await get(`/api/admin/org/drives/${driveId}/declarations`, unit)).json();
    expect(list.total).toBe(2);
    expect(list.items.map((i: { studentCode: string }) => i.studentCode)).toEqual([
      'SV001',
      'SV002',
    ]);
    expect(list.agencies.map((a: { name: string; count: number }) => [a.name, a.count])).toEqual([
      ['BHXH TP Hải Phòng', 1],
      ['BHXH Tp. Hà Nội', 1],
    ]);
    expect(await audits('org.declarations.view')).not.toHaveLength(0);
  });

  it('prints "Danh sách bàn giao tờ khai" for one agency, with counts and signatures', async () => {
    const list = (await get(`/api/admin/org/drives/${driveId}/declarations`, unit)).json();
    const hp = list.agencies.find((a: { name: string }) => a.name === 'BHXH TP Hải Phòng');
    const res = await get(
      `/api/admin/org/drives/${driveId}/declarations/handover.pdf?agencyId=${hp.id}`,
      unit,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdftotext(res.rawPayload);
    for (const phrase of [
      'TRƯỜNG ĐẠI HỌC HÀNG HẢI VIỆT NAM',
      'DANH SÁCH BÀN GIAO TỜ KHAI',
      'Bên nhận: BHXH TP Hải Phòng',
      'Số tờ khai bàn giao: 1 tờ khai',
      'STT',
      'Mã số BHXH',
      'Họ và tên',
      'Mã hồ sơ',
      'Ngày nhận',
      '3123040101',
      'Trần Minh Đức',
      'CNT64DH1',
      n.duc,
      '26/11/2026',
      `${DEMO_FACULTY}: 1 tờ khai`,
      'Ngày 26 tháng 11 năm 2026',
      'NGƯỜI GIAO',
      'NGƯỜI NHẬN',
      'Trang 1/1',
    ])
      expect(text, phrase).toContain(phrase);
    // Only this agency's forms: Lan Anh's goes to Hà Nội.
    expect(text).not.toContain('Lan Anh');
    const hn = pdftotext(
      (
        await get(
          `/api/admin/org/drives/${driveId}/declarations/handover.pdf?agencyId=${list.agencies[1].id}`,
          unit,
        )
      ).rawPayload,
    );
    expect(hn).toContain('Nguyễn Thị Lan Anh');
    expect(hn).toContain('Bên nhận: BHXH Tp. Hà Nội');
    // A faculty's staff print their faculty's forms only.
    const mine = pdftotext(
      (
        await get(
          `/api/admin/org/drives/${driveId}/declarations/handover.pdf?agencyId=${list.agencies[1].id}`,
          faculty,
        )
      ).rawPayload,
    );
    expect(mine).not.toContain('Lan Anh');
    expect(mine).toContain('Chưa có tờ khai nào được nhận.');
    expect(await audits('org.declarations.handover')).toHaveLength(3);
  });

  it('runs a long list over numbered pages with the header repeated', async () => {
    const { handoverPdf } = await import('../src/integrations/pdf/handover-pdf.ts');
    const rows = Array.from({ length: 95 }, (_, i) => ({
      bhxhCode: String(3100000000 + i),
      fullName: `Sinh Viên Thứ ${i + 1}`,
      faculty: i % 2 ? 'Khoa A' : 'Khoa B',
      className: 'L1',
      applicationNumber: `DK-2026-${String(i + 1).padStart(6, '0')}`,
      receivedOn: '2026-11-20',
    }));
    const text = pdftotext(
      await handoverPdf({
        organizationName: 'Trường X',
        driveName: 'Đợt',
        agencyName: 'BHXH Y',
        date: '2026-11-28',
        rows,
      }),
    );
    expect(text).toContain('Trang 3/3');
    expect(text.match(/Mã hồ sơ/g)).toHaveLength(3);
    expect(text).toContain('DK-2026-000095');
    expect(text).toContain('Khoa A: 47 tờ khai');
    expect(text).toContain('Tổng cộng: 95 tờ khai');
  });
});

describe('the Excel export and the leadership report', () => {
  it('exports the list as XLSX: statuses in Vietnamese, real dates, the faculty scope', async () => {
    const res = await get(`/api/admin/org/drives/${driveId}/students.xlsx`, unit);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toContain('Trạng thái');
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    const duc = rows.find((r) => r?.[1] === 'SV001')!;
    expect(duc[2]).toBe('Trần Minh Đức');
    expect(duc[3]).toEqual(new Date('2005-04-17T00:00:00Z'));
    expect(duc[6]).toBe('3123040101');
    expect(duc[7]).toBe('Đã nộp tờ khai');
    expect(rows.find((r) => r?.[1] === 'SV005')?.[8]).toBe('Ảnh không rõ');
    const mine = new ExcelJS.Workbook();
    await mine.xlsx.load(
      (await get(`/api/admin/org/drives/${driveId}/students.xlsx`, faculty))
        .rawPayload as unknown as ArrayBuffer,
    );
    const faculties = (mine.worksheets[0]!.getSheetValues().slice(2) as unknown[][]).map(
      (r) => r[4],
    );
    expect(new Set(faculties)).toEqual(new Set([DEMO_FACULTY]));
    expect((await get(`/api/admin/org/drives/${driveId}/students.xlsx`, other)).statusCode).toBe(
      404,
    );
    const audited = await audits('org.students.export');
    expect(audited.at(-1)).toMatchObject({ detail: { format: 'xlsx' } });
  });

  it('prints the one-page report: rate, days left, counts and the table per khoa', async () => {
    const res = await get(`/api/admin/org/drives/${driveId}/report.pdf`, unit);
    expect(res.statusCode, res.body).toBe(200);
    const text = pdftotext(res.rawPayload);
    for (const phrase of [
      'TRƯỜNG ĐẠI HỌC HÀNG HẢI VIỆT NAM',
      'BÁO CÁO TIẾN ĐỘ ĐĂNG KÝ VSSID',
      `còn ${DEMO_DRIVE_DAYS} ngày`,
      '50 %',
      'đã đăng ký thành công (2/4 sinh viên)',
      'Đã nộp tờ khai',
      'Đã được duyệt',
      DEMO_FACULTY,
      KT,
      'Toàn bộ',
    ])
      expect(text, phrase).toContain(phrase);
    // One page: pdftotext ends each page with a form feed.
    expect(text.split('\f').filter((p) => p.trim() !== '')).toHaveLength(1);
    expect(await audits('org.drive.report')).toHaveLength(1);
    const mine = pdftotext(
      (await get(`/api/admin/org/drives/${driveId}/report.pdf`, faculty)).rawPayload,
    );
    expect(mine).not.toContain(KT);
  });
});

/** poppler's pdftotext (apt: poppler-utils), NFC-normalised. */
function pdftotext(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'handover-'));
  try {
    const file = join(dir, 'x.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    }).normalize('NFC');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
