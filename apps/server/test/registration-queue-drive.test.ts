import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import type { TestApp } from './helpers.ts';
import {
  captureOtps,
  officer,
  register,
  registrationApp,
  student,
} from './registration-helpers.ts';

/**
 * Issue 13, the agency's side: during a drive the officer filters the queue by "Đợt đăng ký"
 * (the students on that drive's roster), and sees only the drives their agency receives.
 */
let t: TestApp;
let hp: Record<string, string>;
let hn: Record<string, string>;
let driveId: string;
const apps: { id: string; code: string }[] = [];

const sql = async (text: string, params: unknown[] = []) =>
  (await t.runtime.database.executeSql(text, params)).rows;
const get = (url: string, headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url, headers });

beforeAll(async () => {
  t = await registrationApp();
  const codes = captureOtps(t);
  for (const i of [0, 1, 2]) {
    const s = student(i);
    const { draft } = await register(t, codes, s);
    apps.push({ id: draft.id, code: s.bhxhCode });
  }
  // The demo drive (received by BHXH TP Hải Phòng): students 0 and 2 on its roster, not 1.
  driveId = String((await sql('select id from registration_drives limit 1'))[0]!.id);
  for (const i of [0, 2]) {
    const s = student(i);
    await sql(
      `insert into roster_rows (drive_id, student_code, full_name, birth_date, faculty, class_name,
         bhxh_code, search_key, imported_at)
       values ($1, $2, $3, $4, 'Khoa Kinh tế', 'KT01', $5, $6, now())`,
      [driveId, `SV${i}`, s.fullName, s.birthDate, s.bhxhCode, `sv${i}`],
    );
  }
  hp = await officer(t, DEMO.officers.haiphong);
  hn = await officer(t, DEMO.officers.hanoi);
});
afterAll(async () => t.close());

describe('the registration queue by drive ("Đợt đăng ký")', () => {
  it('lists the drives the agency receives, and none of another agency', async () => {
    const mine = await get('/api/admin/registrations/drives', hp);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        id: driveId,
        organizationName: 'Trường Đại học Hàng hải Việt Nam',
      }),
    ]);
    const theirs = await get('/api/admin/registrations/drives', hn);
    expect(theirs.json().items).toEqual([]);
  });

  it('filters the queue to the roster students, and the neighbours follow the filter', async () => {
    const all = await get('/api/admin/registrations', hp);
    expect(all.json().total).toBe(3);
    const drive = await get(`/api/admin/registrations?driveId=${driveId}`, hp);
    expect(drive.statusCode, drive.body).toBe(200);
    const codes = drive.json().items.map((r: { bhxhCode: string }) => r.bhxhCode);
    expect(codes.sort()).toEqual([apps[0]!.code, apps[2]!.code].sort());
    expect(drive.json().total).toBe(2);
    // Newest first: student 2, then 0; student 1 (not on the roster) is skipped.
    const n = await get(
      `/api/admin/registrations/${apps[2]!.id}/neighbours?driveId=${driveId}`,
      hp,
    );
    expect(n.json()).toMatchObject({ previous: null, next: apps[0]!.id });
  });

  it("another agency's officer filtering by this drive finds nothing of theirs", async () => {
    const r = await get(`/api/admin/registrations?driveId=${driveId}`, hn);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ items: [], total: 0 });
  });

  it('refuses a drive id that is not one (400, in Vietnamese)', async () => {
    const r = await get('/api/admin/registrations?driveId=khong-phai', hp);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields[0].field).toBe('driveId');
  });
});
