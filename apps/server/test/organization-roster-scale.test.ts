import { PassThrough } from 'node:stream';
import type { RosterImport } from '@vssid/contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, sessionHeaders, type TestApp, waitFor } from './helpers.ts';

/**
 * A 20,000-student roster (issue 13): imported whole, and its progress visible while the file is
 * still arriving — the upload below stops halfway until the job reports the first half read.
 */
const N = 20_000;
let t: TestApp;
let h: Record<string, string>;
let driveId: string;

beforeAll(async () => {
  t = await createTestApp({ workers: false });
  const sql = (q: string, v?: unknown[]) => t.runtime.database.executeSql(q, v);
  await sql(`insert into provinces (code, name, short_name, type, search_key)
    values ('31', 'Thành phố Hải Phòng', 'Hải Phòng', 'thành phố', 'hai phong')`);
  // Students 'Sinh Viên 1' … born 2005-01-01, codes 9000000001 …
  await sql(`insert into insured_persons (bhxh_code, full_name, name_key, birth_date, gender, province_code)
    select '9' || lpad(i::text, 9, '0'), 'Sinh Viên ' || i, 'sinh vien ' || i, '2005-01-01', 'male', '31'
    from generate_series(1, ${N}) i`);
  const org = (
    await sql(`insert into organizations (code, name, kind, province_code, address)
      values ('U', 'Trường thử', 'university', '31', 'Hải Phòng') returning id`)
  ).rows[0]!.id;
  const agency = (
    await sql(`insert into agencies (code, name, province_code, address, phone, search_key)
      values ('A', 'BHXH thử', '31', 'x', '0', 'bhxh thu') returning id`)
  ).rows[0]!.id;
  driveId = String(
    (
      await sql(
        `insert into registration_drives (organization_id, name, deadline, agency_id)
         values ($1, 'Đợt thử', '2030-01-01', $2) returning id`,
        [org, agency],
      )
    ).rows[0]!.id,
  );
  const acc = (
    await sql(`insert into accounts (kind, role, username, display_name, password_hash, must_change_password)
      values ('staff', 'org_unit', 'u', 'u', 'x', false) returning id`)
  ).rows[0]!.id;
  await sql('insert into organization_staff (account_id, organization_id) values ($1, $2)', [
    acc,
    org,
  ]);
  h = await sessionHeaders(t, String(acc), 'staff');
}, 120_000);
afterAll(async () => t.close());

/** Line i: half with the code, half found by name + birth date. */
const line = (i: number) =>
  `SV${i},Sinh Viên ${i},01/01/2005,Khoa ${i % 7},Lớp ${i % 300},${i % 2 ? `9${String(i).padStart(9, '0')}` : ''},,\n`;
const lines = (from: number, to: number) => {
  let s = '';
  for (let i = from; i <= to; i++) s += line(i);
  return s;
};

it('imports 20,000 rows with progress while the file arrives', async () => {
  const id = crypto.randomUUID();
  const body = new PassThrough();
  const done = t.app.inject({
    method: 'POST',
    url: `/api/admin/org/drives/${driveId}/roster`,
    headers: { ...h, 'content-type': 'text/csv', 'x-import-id': id },
    payload: body,
  });
  body.write('Mã sinh viên,Họ và tên,Ngày sinh,Khoa,Lớp,Mã số BHXH,Email,Số điện thoại\n');
  body.write(lines(1, N / 2));
  // The first half is read and written before the second half even exists.
  const mid = await waitFor<RosterImport>(
    async () => {
      const j = await t.app.inject({
        method: 'GET',
        url: `/api/admin/org/roster-imports/${id}`,
        headers: h,
      });
      const job = j.statusCode === 200 ? (j.json() as RosterImport) : undefined;
      return job && job.rowsAdded >= N / 4 ? job : undefined;
    },
    { timeoutMs: 120_000, what: 'half the roster imported' },
  );
  expect(mid.status).toBe('running');
  expect(mid.rowsRead).toBeLessThanOrEqual(N / 2);
  body.end(lines(N / 2 + 1, N));
  const res = await done;
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json()).toMatchObject({
    status: 'done',
    rowsRead: N,
    rowsAdded: N,
    rowsUpdated: 0,
    rowsRefused: 0,
  });
  const p = (
    await t.app.inject({ method: 'GET', url: `/api/admin/org/drives/${driveId}`, headers: h })
  ).json();
  expect(p).toMatchObject({ total: N, percent: 0, counts: { not_registered: N } });
  expect(p.faculties).toHaveLength(7);
}, 300_000);
