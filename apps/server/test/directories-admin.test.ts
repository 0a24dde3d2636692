import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../src/db/seed/demo-staff.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { createTestApp, sessionHeaders, type TestApp } from './helpers.ts';

/**
 * The back office's directory editor (contracts/directories-admin.ts): list, read, edit with the
 * import's validation and Vietnamese field errors, scope of a supervisor, audit, public search.
 */
let t: TestApp;
let supervisor: Record<string, string>;
let admin: Record<string, string>;
let officer: Record<string, string>;
let hanoiId: string;
let hcmId: string;

const template = (kind: string) =>
  readFileSync(new URL(`../data/import-templates/${kind}.csv`, import.meta.url), 'utf8');
async function headersOf(username: string) {
  const r = await t.runtime.database.executeSql('select id from accounts where username = $1', [
    username,
  ]);
  return sessionHeaders(t, r.rows[0]!.id as string, 'staff');
}
const by = (role: string) => DEMO_STAFF.find((s) => s.role === role)!.username;
const url = (id: string) => `/api/admin/directories/health-facilities/${id}`;
const get = (path: string, headers = supervisor) =>
  t.app.inject({ method: 'GET', url: path, headers });
const put = (id: string, values: Record<string, string>, headers = supervisor) =>
  t.app.inject({ method: 'PUT', url: url(id), headers, payload: { values } });

beforeAll(async () => {
  t = await createTestApp({
    seed: { adminUnits: true, demo: true },
    workers: false,
    clock: new FakeClock(),
  });
  supervisor = await headersOf(by('supervisor'));
  admin = await headersOf(by('administrator'));
  officer = await headersOf(by('officer'));
  const imp = await t.app.inject({
    method: 'POST',
    url: '/api/admin/imports/health-facilities',
    headers: { ...supervisor, 'content-type': 'text/csv' },
    payload: template('health-facilities'),
  });
  expect(imp.json().added).toBe(1);
  // A demo facility of Hồ Chí Minh City, as the generated data would be.
  const hcm = await t.runtime.database.executeSql(
    `insert into health_facilities (code, name, level, ownership, province_code, address, demo, name_key, search_key)
     values ('79901', 'Phòng khám Minh Họa Sài Gòn', 'initial', 'private', '79', 'Số 1 Lê Lợi', true, 'phong kham minh hoa sai gon', 'phong kham minh hoa sai gon so 1 le loi')
     returning id`,
  );
  hcmId = hcm.rows[0]!.id as string;
  const hn = await t.runtime.database.executeSql(
    "select id from health_facilities where code = '01987'",
  );
  hanoiId = hn.rows[0]!.id as string;
}, 120_000);
afterAll(async () => t?.close());

describe('directory editor', () => {
  it('lists the supervisor’s province only; the administrator sees every province', async () => {
    const mine = await get('/api/admin/directories/health-facilities?q=dong da');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((i: { code: string }) => i.code)).toContain('01987');
    const other = await get('/api/admin/directories/health-facilities?q=minh hoa sai gon');
    expect(other.json().total).toBe(0);
    const all = await get(
      '/api/admin/directories/health-facilities?q=minh hoa sai gon&provinceCode=79',
      admin,
    );
    expect(all.json().items).toEqual([
      expect.objectContaining({ code: '79901', demo: true, provinceName: 'Thành phố Hồ Chí Minh' }),
    ]);
  });

  it('answers 404 to a supervisor for another province’s row, 403 to an officer', async () => {
    expect((await get(url(hcmId))).statusCode).toBe(404);
    const values = (await get(url(hcmId), admin)).json().values;
    expect((await put(hcmId, values)).statusCode).toBe(404);
    expect((await get(url(hanoiId), officer)).statusCode).toBe(403);
    expect((await put(hanoiId, values, officer)).statusCode).toBe(403);
    expect((await get('/api/admin/directories/agencies', officer)).statusCode).toBe(403);
  });

  it('refuses bad values with a Vietnamese message under each field, changing nothing', async () => {
    const entry = (await get(url(hanoiId))).json();
    expect(entry.values).toMatchObject({
      code: '01987',
      bhyt_contracted: '1',
      commune_code: '00235',
    });
    const res = await put(hanoiId, {
      ...entry.values,
      code: '123',
      name: '  ',
      phone: '024-ABC',
      commune_code: '10507',
      latitude: '48.8',
      bhyt_contracted: 'có lẽ',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json().error;
    expect(body.code).toBe('VALIDATION_FAILED');
    const fields = Object.fromEntries(
      body.fields.map((f: { field: string; message: string }) => [f.field, f.message]),
    );
    expect(fields).toEqual({
      code: 'Mã CSKCB gồm đúng 5 chữ số.',
      name: 'Vui lòng nhập thông tin này.',
      phone: 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm và dấu +.',
      latitude: expect.stringContaining('Vĩ độ từ 8 đến 24'),
      bhyt_contracted: 'Chỉ nhận 1/0, có/không, true/false, x hoặc để trống.',
    });
    // The place is checked once the row itself is well-formed: commune of another province.
    const place = await put(hanoiId, { ...entry.values, commune_code: '10507' });
    expect(place.statusCode).toBe(400);
    expect(place.json().error.fields).toEqual([
      expect.objectContaining({ field: 'commune_code', code: 'COMMUNE_NOT_IN_PROVINCE' }),
    ]);
    const moved = await put(hanoiId, { ...entry.values, province_code: '79', commune_code: '' });
    expect(moved.json().error.fields).toEqual([
      expect.objectContaining({ field: 'province_code', code: 'IMPORT_OUT_OF_SCOPE' }),
    ]);
    const taken = await put(hanoiId, { ...entry.values, code: '79901' });
    expect(taken.statusCode).toBe(409);
    expect((await get(url(hanoiId))).json().values).toEqual(entry.values);
  });

  it('adds a record with the same rules: 201, then 409 for the same code, scope kept', async () => {
    const values = {
      code: 'DT01555',
      name: 'Đại lý thu Bưu điện Văn Miếu',
      kind: 'Đại lý thu',
      operator: 'Bưu điện Việt Nam',
      province_code: '01',
      commune_code: '00235',
      address: 'Số 2 Quốc Tử Giám',
      phone: '024 3845 0000',
      opening_hours: '',
      latitude: '',
      longitude: '',
    };
    const add = (v: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/admin/directories/collection-points',
        headers: supervisor,
        payload: { values: v },
      });
    const res = await add(values);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ demo: false, values: { kind: 'agent', code: 'DT01555' } });
    const again = await add(values);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields[0]).toMatchObject({
      field: 'code',
      code: 'DIRECTORY_CODE_TAKEN',
    });
    const elsewhere = await add({
      ...values,
      code: 'DT79555',
      province_code: '79',
      commune_code: '',
    });
    expect(elsewhere.json().error.fields[0]).toMatchObject({
      field: 'province_code',
      code: 'IMPORT_OUT_OF_SCOPE',
    });
    const pub = await t.app.inject({
      method: 'GET',
      url: '/api/lookups/collection-points?q=van mieu&provinceCode=01',
    });
    expect(pub.json().items).toEqual([expect.objectContaining({ code: 'DT01555', kind: 'agent' })]);
  });

  it('needs the CSRF header to write', async () => {
    const entry = (await get(url(hanoiId))).json();
    const res = await t.app.inject({
      method: 'PUT',
      url: url(hanoiId),
      headers: { cookie: supervisor.cookie! },
      payload: { values: entry.values },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });

  it('saves a valid edit: demo false, new search keys, an audit row, visible to the public search', async () => {
    const entry = (await get(url(hcmId), admin)).json();
    const res = await put(
      hcmId,
      {
        ...entry.values,
        phone: '028 3822 1234',
        name: 'Phòng khám Đa khoa Bến Thành',
        issues_sick_leave: 'có',
      },
      admin,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      demo: false,
      values: {
        phone: '028 3822 1234',
        name: 'Phòng khám Đa khoa Bến Thành',
        issues_sick_leave: '1',
      },
    });
    const row = await t.runtime.database.executeSql(
      "select demo, name_key, search_key from health_facilities where code = '79901'",
    );
    expect(row.rows[0]).toMatchObject({
      demo: false,
      name_key: 'phong kham da khoa ben thanh',
    });
    expect(row.rows[0]!.search_key).toContain('thanh pho ho chi minh');
    const audit = await t.runtime.database.executeSql(
      "select detail from audit_log where action = 'directories.update' and subject_id = $1",
      [hcmId],
    );
    expect(audit.rows[0]!.detail).toMatchObject({
      code: '79901',
      changed: ['name', 'phone', 'issues_sick_leave'],
    });
    // The public lookup ("Tra cứu CSKCB cấp giấy nghỉ việc hưởng BHXH") shows the new values.
    const pub = await t.app.inject({
      method: 'GET',
      url: '/api/lookups/sick-leave-facilities?q=ben thanh&provinceCode=79',
    });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().items).toEqual([
      expect.objectContaining({ code: '79901', phone: '028 3822 1234', demo: false }),
    ]);
    const bhyt = await t.app.inject({
      method: 'GET',
      url: '/api/lookups/bhyt-facilities?q=ben thanh&provinceCode=79',
    });
    expect(bhyt.json().items).toEqual([]); // not BHYT-contracted
  });
});
