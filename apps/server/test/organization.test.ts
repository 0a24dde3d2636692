import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { DEMO_DRIVE_DAYS, DEMO_FACULTY, DEMO_ORG_STAFF } from '../src/db/seed/demo-organization.ts';
import { FakeClock } from '../src/lib/clock.ts';
import type { TestApp } from './helpers.ts';
import {
  captureOtps,
  officer,
  register,
  registrationApp,
  student,
} from './registration-helpers.ts';
import { asSession, staffLogin, totpCode } from './support/auth-fixture.ts';
import { accountIdOf, organizationFixture, organizationSessions } from './support/org-fixture.ts';

/**
 * The organization portal (issue 13): roster import (CSV and XLSX, line-by-line report,
 * idempotent re-import), progress derived from real registrations, the faculty scope, another
 * organization's drive as 404, officers kept out, and every view audited.
 */
const clock = new FakeClock('2026-11-26T02:00:00Z');
let t: TestApp;
let codes: Map<string, string>;
let unit: Record<string, string>;
let faculty: Record<string, string>;
let other: Record<string, string>;
let hp: Record<string, string>;
let driveId: string;
let otherDriveId: string;

const HEADER = 'Mã sinh viên,Họ và tên,Ngày sinh,Khoa,Lớp,Mã số BHXH,Email,Số điện thoại';
const KT = 'Khoa Kinh tế';
const HH = 'Khoa Hàng hải';
/** The six demo students (one without code, one typed without diacritics) and bad lines. */
const ROSTER = [
  HEADER,
  `SV001,Trần Minh Đức,17/04/2005,${DEMO_FACULTY},CNT64DH1,3123040101,duc@example.com,0987654301`,
  `SV002,Nguyễn Thị Lan Anh,02/09/2006,${KT},KTB64DH,3123040102,,`,
  `SV003,Phạm Quang Huy,25/12/2004,${DEMO_FACULTY},CNT64DH2,,,`,
  `SV004,vu ngoc anh,30/01/2005,${DEMO_FACULTY},CNT64DH1,3123040104,,987654304`,
  `SV005,Đặng Hoàng Nam,11/06/2006,${KT},KTB64DH,3123040105,,`,
  `SV006,Hoàng Thu Trang,08/11/2005,${HH},HHA64,3123040106,,`,
  `SV007,Nguyễn Văn Không Có,01/01/2005,${HH},HHA64,,,`, // 8: nobody
  `SV008,Lê Thị Sai Ngày,31/02/2005,${HH},HHA64,,,`, // 9: bad date
  `SV009,Trần Văn Khác,17/04/2005,${KT},KTB64DH,3123040101,,`, // 10: name ≠ code
  `SV001,Trần Minh Đức,17/04/2005,${DEMO_FACULTY},CNT64DH1,3123040101,,`, // 11: repeated
  `SV010,Đỗ Văn Thiếu Khoa,01/01/2005,,HHA64,,,`, // 12: no khoa
  `SV011,Bùi Văn Mã,01/01/2005,${HH},HHA64,31230401,,`, // 13: 8-digit code → padded, unknown
].join('\n');

const get = (url: string, headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url, headers });
const upload = (
  id: string,
  csv: string | Buffer,
  headers: Record<string, string>,
  type = 'text/csv',
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/admin/org/drives/${id}/roster`,
    headers: { ...headers, 'content-type': type },
    payload: csv,
  });
const idOf = (username: string) => accountIdOf(t, username);
const auditCount = async (action: string) =>
  Number(
    (
      await t.runtime.database.executeSql(
        'select count(*)::int as n from audit_log where action = $1',
        [action],
      )
    ).rows[0]!.n,
  );

beforeAll(async () => {
  t = await registrationApp({ clock });
  codes = captureOtps(t);
  ({ driveId, otherDriveId } = await organizationFixture(t));
});
afterAll(async () => t.close());
beforeEach(async () => {
  ({ unit, faculty, other } = await organizationSessions(t));
  hp = await officer(t, DEMO.officers.haiphong);
});

describe('organization staff sign-in', () => {
  it('signs in with password then TOTP, like an officer, and sees the demo drive', async () => {
    const s = DEMO_ORG_STAFF[0];
    const first = await staffLogin(t, s.username);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().stage).toBe('partial');
    // The partial session opens nothing of the portal.
    expect((await get('/api/admin/org/drives', asSession(first))).statusCode).toBe(401);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/auth/totp',
      headers: asSession(first),
      payload: { code: await totpCode(s.totp, clock) },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().account.role).toBe('org_unit');
    const o = await get('/api/admin/org/drives', asSession(res));
    expect(o.statusCode, o.body).toBe(200);
    expect(o.json()).toMatchObject({
      organization: { name: 'Trường Đại học Hàng hải Việt Nam' },
      role: 'org_unit',
      faculty: null,
      drives: [{ id: driveId, agency: { name: 'BHXH TP Hải Phòng' } }],
    });
  });

  it('keeps officers and organization staff apart', async () => {
    expect((await get('/api/admin/org/drives', hp)).statusCode).toBe(403);
    expect((await get(`/api/admin/org/drives/${driveId}`, hp)).statusCode).toBe(403);
    expect((await get('/api/admin/registrations', unit)).statusCode).toBe(403);
    expect((await get('/api/admin/audit-log', unit)).statusCode).toBe(403);
    expect((await get('/api/admin/citizens/3123040101/records', faculty)).statusCode).toBe(403);
  });
});

describe('roster import', () => {
  it('imports the roster and reports each refused line with its number and reason', async () => {
    const res = await upload(driveId, ROSTER, unit);
    expect(res.statusCode, res.body).toBe(200);
    const job = res.json();
    expect(job).toMatchObject({
      status: 'done',
      rowsRead: 12,
      rowsAdded: 6,
      rowsUpdated: 0,
      rowsRefused: 6,
    });
    expect(job.problems.map((p: { line: number; code: string }) => [p.line, p.code])).toEqual([
      [8, 'ROSTER_NOT_FOUND'],
      [9, 'ROSTER_DATE_INVALID'],
      [10, 'ROSTER_CODE_MISMATCH'],
      [11, 'ROSTER_DUPLICATE_STUDENT'],
      [12, 'ROSTER_FIELD_REQUIRED'],
      [13, 'ROSTER_CODE_MISMATCH'],
    ]);
    expect(job.problems[0].message).toBe(
      'Không tìm thấy người tham gia BHXH có họ tên và ngày sinh này; hãy ghi mã số BHXH',
    );
    // A code nobody has and a code whose name differs read the same: no oracle for codes.
    expect(job.problems[2].message).toBe(job.problems[5].message);
    expect(job.problems[3].message).toContain('(dòng 2)');
    expect(job.problems[4].message).toBe('Thiếu thông tin bắt buộc (Khoa)');
    // The job is kept for the page to poll.
    const polled = await get(`/api/admin/org/roster-imports/${job.id}`, unit);
    expect(polled.json()).toMatchObject({ status: 'done', rowsAdded: 6 });
    expect(await auditCount('org.roster.import')).toBe(1);
    // The rows written are audited in the transactions that wrote them.
    expect(await auditCount('org.roster.rows')).toBeGreaterThanOrEqual(1);
  });

  it('re-imports idempotently: the same file changes nothing, an updated one updates', async () => {
    const again = (await upload(driveId, ROSTER, unit)).json();
    expect(again).toMatchObject({ rowsAdded: 0, rowsUpdated: 0, rowsRefused: 6 });
    const moved = ROSTER.replace('KTB64DH,3123040105', 'KTB64DH2,3123040105');
    const updated = (await upload(driveId, moved, unit)).json();
    expect(updated).toMatchObject({ rowsAdded: 0, rowsUpdated: 1 });
    const n = await t.runtime.database.executeSql(
      'select count(*)::int as n from roster_rows where drive_id = $1',
      [driveId],
    );
    expect(n.rows[0]!.n).toBe(6);
    const list = (
      await get(`/api/admin/org/drives/${driveId}/students?q=dang hoang nam`, unit)
    ).json();
    expect(list.items).toMatchObject([{ studentCode: 'SV005', className: 'KTB64DH2' }]);
  });

  it('reads an XLSX workbook (dates and numbers as Excel stores them)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(HEADER.split(','));
    ws.addRow([
      'SV003',
      'Phạm Quang Huy',
      new Date(Date.UTC(2004, 11, 25)),
      DEMO_FACULTY,
      'CNT64DH3',
      '',
      '',
      987654303,
    ]);
    ws.addRow([
      'SV012',
      'Không Ai Cả',
      new Date(Date.UTC(2004, 0, 2)),
      DEMO_FACULTY,
      'CNT64DH3',
      '',
      '',
      '',
    ]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(
      driveId,
      buf,
      unit,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rowsTotal: 2, rowsRead: 2, rowsUpdated: 1, rowsRefused: 1 });
    expect(res.json().problems).toMatchObject([{ line: 3, code: 'ROSTER_NOT_FOUND' }]);
    // Put the roster back as the CSV says.
    await upload(driveId, ROSTER, unit);
  });

  it('says an import whose process died failed, once its heartbeat is two minutes old', async () => {
    const id = crypto.randomUUID();
    const account = await idOf('vmu.donvi');
    const at = new Date(clock.now().getTime() - 3 * 60_000);
    await t.runtime.database.executeSql(
      `insert into roster_imports (id, drive_id, account_id, status, rows_read, started_at, heartbeat_at)
       values ($1, $2, $3, 'running', 500, $4, $4)`,
      [id, driveId, account, at],
    );
    const job = (await get(`/api/admin/org/roster-imports/${id}`, unit)).json();
    expect(job).toMatchObject({ status: 'failed', errorCode: 'IMPORT_FAILED', rowsRead: 500 });
  });

  it('refuses a file without the roster header, and "Cán bộ khoa" may not import', async () => {
    const bad = await upload(driveId, 'a,b,c\n1,2,3\n', unit);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('ROSTER_HEADER_INVALID');
    expect((await upload(driveId, ROSTER, faculty)).statusCode).toBe(403);
    expect((await upload(otherDriveId, ROSTER, unit)).statusCode).toBe(404);
  });
});

describe('progress', () => {
  it('starts at 0 % with the days left to the deadline', async () => {
    const p = (await get(`/api/admin/org/drives/${driveId}`, unit)).json();
    expect(p).toMatchObject({
      total: 6,
      percent: 0,
      daysLeft: DEMO_DRIVE_DAYS,
      ended: false,
      counts: { not_registered: 6, submitted: 0, approved: 0, rejected: 0 },
    });
    expect(
      p.faculties.map((f: { faculty: string; total: number }) => [f.faculty, f.total]),
    ).toEqual([
      [DEMO_FACULTY, 3],
      [HH, 1],
      [KT, 2],
    ]);
  });

  it('follows real registrations: sent, approved, refused with the reason', async () => {
    const duc = await register(t, codes, student(0));
    const lanAnh = await register(t, codes, student(1));
    await register(t, codes, student(2));
    let p = (await get(`/api/admin/org/drives/${driveId}`, unit)).json();
    expect(p.counts).toMatchObject({ not_registered: 3, submitted: 3 });
    const approve = await t.app.inject({
      method: 'POST',
      url: `/api/admin/registrations/${duc.draft.id}/approve`,
      headers: hp,
      payload: {},
    });
    expect(approve.statusCode, approve.body).toBe(200);
    const reject = await t.app.inject({
      method: 'POST',
      url: `/api/admin/registrations/${lanAnh.draft.id}/reject`,
      headers: hp,
      payload: { reasonCode: 'photo_unclear' },
    });
    expect(reject.statusCode, reject.body).toBe(200);
    p = (await get(`/api/admin/org/drives/${driveId}`, unit)).json();
    expect(p).toMatchObject({
      percent: 16,
      counts: { not_registered: 3, submitted: 1, approved: 1, rejected: 1 },
    });
    const refused = (
      await get(`/api/admin/org/drives/${driveId}/students?status=rejected`, unit)
    ).json();
    expect(refused).toMatchObject({
      total: 1,
      items: [
        {
          studentCode: 'SV002',
          status: 'rejected',
          rejectReason: { code: 'photo_unclear', label: 'Ảnh không rõ' },
        },
      ],
    });
    // Only the status: nothing of the application itself.
    expect(Object.keys(refused.items[0]).sort()).toEqual([
      'bhxhCode',
      'birthDate',
      'className',
      'faculty',
      'fullName',
      'rejectReason',
      'remindedAt',
      'status',
      'studentCode',
    ]);
    // A code the roster did not give (found by name + birth date) is not shown.
    const huy = (await get(`/api/admin/org/drives/${driveId}/students?q=pham quang`, unit)).json();
    expect(huy.items).toMatchObject([
      { studentCode: 'SV003', bhxhCode: null, status: 'submitted' },
    ]);
  });

  it('searches without diacritics and filters by khoa, lớp and status', async () => {
    const q = (s: string) => get(`/api/admin/org/drives/${driveId}/students?${s}`, unit);
    expect(
      (await q('q=TRAN%20minh%20duc')).json().items.map((i: { fullName: string }) => i.fullName),
    ).toEqual(['Trần Minh Đức']);
    expect((await q(`faculty=${encodeURIComponent(KT)}`)).json().total).toBe(2);
    expect((await q('className=CNT64DH1')).json().total).toBe(2);
    expect((await q('status=not_registered')).json().total).toBe(3);
    expect((await q('status=nonsense')).statusCode).toBe(400);
  });

  it('exports the list as CSV with the statuses in Vietnamese', async () => {
    const res = await get(`/api/admin/org/drives/${driveId}/students.csv`, unit);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines.join('\n')).toContain('SV002,Nguyễn Thị Lan Anh,02/09/2006');
    expect(lines.join('\n')).toContain('Bị từ chối,Ảnh không rõ');
    expect(lines.join('\n')).toContain('Đã được duyệt');
    expect(await auditCount('org.students.export')).toBeGreaterThan(0);
  });
});

describe('scope', () => {
  it('shows a faculty user only their faculty: other faculties do not exist for them', async () => {
    const p = (await get(`/api/admin/org/drives/${driveId}`, faculty)).json();
    expect(p.total).toBe(3);
    expect(p.faculties.map((f: { faculty: string }) => f.faculty)).toEqual([DEMO_FACULTY]);
    const all = (await get(`/api/admin/org/drives/${driveId}/students`, faculty)).json();
    expect(new Set(all.items.map((i: { faculty: string }) => i.faculty))).toEqual(
      new Set([DEMO_FACULTY]),
    );
    // Asking for another faculty, or searching a student of one, finds nothing.
    const kt = await get(
      `/api/admin/org/drives/${driveId}/students?faculty=${encodeURIComponent(KT)}`,
      faculty,
    );
    expect(kt.json().total).toBe(3);
    expect(kt.json().items.every((i: { faculty: string }) => i.faculty === DEMO_FACULTY)).toBe(
      true,
    );
    expect(
      (await get(`/api/admin/org/drives/${driveId}/students?q=lan anh`, faculty)).json().total,
    ).toBe(0);
    const csv = (await get(`/api/admin/org/drives/${driveId}/students.csv`, faculty)).body;
    expect(csv).not.toContain('Lan Anh');
    expect(csv).not.toContain(KT);
  });

  it("answers 404 for another organization's drive and import", async () => {
    for (const url of [
      `/api/admin/org/drives/${driveId}`,
      `/api/admin/org/drives/${driveId}/students`,
      `/api/admin/org/drives/${driveId}/students.csv`,
    ])
      expect((await get(url, other)).statusCode, url).toBe(404);
    expect((await upload(driveId, ROSTER, other)).statusCode).toBe(404);
    const job = String(
      (await t.runtime.database.executeSql('select id from roster_imports limit 1')).rows[0]!.id,
    );
    expect((await get(`/api/admin/org/roster-imports/${job}`, other)).statusCode).toBe(404);
    expect((await get(`/api/admin/org/drives/${otherDriveId}`, other)).statusCode).toBe(200);
  });

  it('writes every view to the audit log, with the faculty scope', async () => {
    const rows = await t.runtime.database.executeSql(
      `select action, actor_role, detail->>'faculty' as faculty from audit_log
       where action like 'org.%' and actor_role = 'org_faculty'`,
    );
    const actions = new Set(rows.rows.map((r) => r.action));
    expect(actions).toEqual(
      new Set(['org.drive.view', 'org.students.view', 'org.students.export']),
    );
    expect(rows.rows.every((r) => r.faculty === DEMO_FACULTY)).toBe(true);
  });
});
