import { readFileSync } from 'node:fs';
import { DIRECTORY_KINDS } from '@vssid/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../src/db/seed/demo-staff.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { createTestApp, sessionHeaders, type TestApp } from './helpers.ts';

/**
 * CSV imports of the public directories (docs/IMPORTS.md "Directories"): upsert by natural key
 * (added / skipped / updated), refusals with line and reason, scope of a supervisor (Hà Nội).
 */
let t: TestApp;
let supervisor: Record<string, string>;
let admin: Record<string, string>;
let officer: Record<string, string>;

const FACILITY_HEADER =
  'code,name,level,ownership,province_code,commune_code,address,phone,bhyt_contracted,accepts_initial_registration,issues_sick_leave,latitude,longitude';
const EMPLOYER_HEADER =
  'unit_code,tax_code,name,province_code,commune_code,address,agency_code,status';
const template = (kind: string) =>
  readFileSync(new URL(`../data/import-templates/${kind}.csv`, import.meta.url), 'utf8');

async function headersOf(username: string) {
  const r = await t.runtime.database.executeSql('select id from accounts where username = $1', [
    username,
  ]);
  return sessionHeaders(t, r.rows[0]!.id as string, 'staff');
}
function post(kind: string, payload: string, headers = supervisor, extra = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/admin/imports/${kind}`,
    headers: { ...headers, ...extra, 'content-type': 'text/csv' },
    payload,
  });
}
async function report(id: string, headers = supervisor): Promise<string[]> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/admin/imports/jobs/${id}/report.csv`,
    headers,
  });
  expect(res.statusCode).toBe(200);
  return res.body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((l) => l.split(',').slice(0, 3).join(','));
}
async function facility(code: string) {
  const r = await t.runtime.database.executeSql(
    'select name, phone, demo, level, bhyt_contracted, search_key from health_facilities where code = $1',
    [code],
  );
  return r.rows[0] as Record<string, unknown> | undefined;
}

beforeAll(async () => {
  t = await createTestApp({
    seed: { adminUnits: true, demo: true },
    workers: false,
    clock: new FakeClock(),
  });
  const by = (role: string) => DEMO_STAFF.find((s) => s.role === role)!.username;
  supervisor = await headersOf(by('supervisor'));
  admin = await headersOf(by('administrator'));
  officer = await headersOf(by('officer'));
}, 120_000);
afterAll(async () => t?.close());

describe('directory imports', () => {
  it('adds each example file, then skips it on re-import (nothing changes)', async () => {
    for (const kind of DIRECTORY_KINDS) {
      const first = await post(kind, template(kind));
      expect(first.statusCode, `${kind}: ${first.body}`).toBe(200);
      expect(first.json()).toMatchObject({
        kind,
        status: 'done',
        rowsRead: 1,
        added: 1,
        updated: 0,
        skipped: 0,
        refused: 0,
      });
      const again = await post(kind, template(kind));
      expect(again.json()).toMatchObject({ added: 0, updated: 0, skipped: 1, refused: 0 });
      expect(await report(again.json().id)).toEqual(['2,skipped,IMPORT_DUPLICATE']);
    }
    const f = await facility('01987');
    expect(f).toMatchObject({ level: 'basic', bhyt_contracted: true, demo: false });
    // Search keys come from directoryKeys(): commune and province names, without diacritics.
    expect(f!.search_key).toContain('phuong dong da');
    expect(f!.search_key).toContain('thanh pho ha noi');
    const audit = await t.runtime.database.executeSql(
      "select count(*)::int as n from audit_log where action = 'directories.import'",
    );
    expect(audit.rows[0]!.n).toBe(8);
  });

  it('updates a changed row and a demo row (demo becomes false)', async () => {
    await t.runtime.database.executeSql(
      "update employers set demo = true where unit_code = 'TA1987A'",
    );
    const changed = `${FACILITY_HEADER}\n01987,Bệnh viện Đa khoa Đống Đa,basic,public,01,00235,"Số 192 Nguyễn Lương Bằng, Phường Đống Đa, Hà Nội",024 3851 9999,1,1,1,21.0131,105.8275\n`;
    const res = await post('health-facilities', changed);
    expect(res.json()).toMatchObject({ added: 0, updated: 1, skipped: 0, refused: 0 });
    expect(await facility('01987')).toMatchObject({
      name: 'Bệnh viện Đa khoa Đống Đa',
      phone: '024 3851 9999',
      demo: false,
    });
    const demoRow = await post('employers', template('employers'));
    expect(demoRow.json()).toMatchObject({ added: 0, updated: 1, skipped: 0 });
    const r = await t.runtime.database.executeSql(
      "select demo from employers where unit_code = 'TA1987A'",
    );
    expect(r.rows[0]!.demo).toBe(false);
  });

  it('refuses each bad row with its line number and reason; good rows of the file are kept', async () => {
    const row = (cells: Partial<Record<string, string>>) => {
      const base: Record<string, string> = {
        code: '01990',
        name: 'Phòng khám Minh Họa',
        level: 'Cấp khám bệnh, chữa bệnh ban đầu',
        ownership: 'Ngoài công lập',
        province_code: '01',
        commune_code: '00235',
        address: 'Số 1 phố Minh Họa',
        phone: '+84 24 3851 0000',
        bhyt_contracted: 'có',
        accepts_initial_registration: 'không',
        issues_sick_leave: '',
        latitude: '21.01',
        longitude: '105.82',
      };
      const all = { ...base, ...cells };
      return FACILITY_HEADER.split(',')
        .map((c) => {
          const v = all[c] ?? '';
          return /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
        })
        .join(',');
    };
    const file = [
      FACILITY_HEADER,
      row({}), // 2 added
      row({ code: '1234' }), // 3 bad code
      row({ code: '01991', commune_code: '99999' }), // 4 unknown commune
      row({ code: '01992', commune_code: '10507' }), // 5 commune of Hải Phòng, province Hà Nội
      row({ code: '31993', province_code: '31', commune_code: '10507' }), // 6 out of scope
      row({ code: '01994', bhyt_contracted: 'có lẽ' }), // 7 bad boolean
      row({ code: '01995', latitude: '48.85', longitude: '2.35' }), // 8 outside Viet Nam
      row({ code: '01996', latitude: '21.01', longitude: '' }), // 9 one coordinate only
      row({ code: '01997', name: '' }), // 10 missing name
      row({ code: '01998', phone: '024-ABC' }), // 11 bad phone
      row({ code: '01999', province_code: '00', commune_code: '' }), // 12 unknown province
      row({ code: '01989', level: 'Bệnh viện hạng I' }), // 13 unknown level
    ].join('\n');
    const res = await post('health-facilities', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rowsRead: 12, added: 1, refused: 11, skipped: 0 });
    expect(await report(res.json().id)).toEqual([
      '3,refused,IMPORT_FIELD_INVALID',
      '4,refused,IMPORT_UNKNOWN_PLACE',
      '5,refused,IMPORT_UNKNOWN_PLACE',
      '6,refused,IMPORT_OUT_OF_SCOPE',
      '7,refused,IMPORT_FIELD_INVALID',
      '8,refused,IMPORT_FIELD_INVALID',
      '9,refused,IMPORT_FIELD_INVALID',
      '10,refused,IMPORT_FIELD_REQUIRED',
      '11,refused,IMPORT_FIELD_INVALID',
      '12,refused,IMPORT_UNKNOWN_PLACE',
      '13,refused,IMPORT_FIELD_INVALID',
    ]);
    expect(await facility('01990')).toMatchObject({ bhyt_contracted: true, demo: false });
    expect(await facility('31993')).toBeUndefined();
    // The administrator writes nationwide: the Hải Phòng row is accepted.
    const nationwide = await post(
      'health-facilities',
      `${FACILITY_HEADER}\n${row({ code: '31993', province_code: '31', commune_code: '10507', latitude: '', longitude: '' })}`,
      admin,
    );
    expect(nationwide.json()).toMatchObject({ added: 1, refused: 0 });
    // …and the supervisor may not overwrite it by moving it into Hà Nội.
    const move = await post('health-facilities', `${FACILITY_HEADER}\n${row({ code: '31993' })}`);
    expect(move.json()).toMatchObject({ added: 0, updated: 0, refused: 1 });
    expect(await report(move.json().id)).toEqual(['2,refused,IMPORT_OUT_OF_SCOPE']);
  });

  it('refuses an unknown managing agency and bad codes; the same code twice: later line wins', async () => {
    const file = [
      EMPLOYER_HEADER,
      'TB0001A,0100000001,Công ty A,01,,Số 1 phố Huế,001,tam dung', // 2 added (label, no accents)
      'TB0002A,0100000002,Công ty B,01,,Số 2 phố Huế,999,active', // 3 unknown agency
      'TB0003A,12345,Công ty C,01,,Số 3 phố Huế,001,active', // 4 bad tax code
      'TB0004A,0100000004,Công ty D,01,,Số 4 phố Huế,001,đang hoạt động', // 5 bad status
      'tb0005a,0100000005,Công ty E,01,,Số 5 phố Huế,001,active', // 6 added (code upper-cased)
      'TB0005A,0100000005,Công ty E,01,,Số 5 phố Huế,001,active', // 7 same as line 6: skipped
      'TB0005A,0100000005,Công ty E mới,01,,Số 5 phố Huế,001,active', // 8 later line wins
    ].join('\r\n');
    const res = await post('employers', file);
    expect(res.json()).toMatchObject({ added: 2, updated: 1, skipped: 1, refused: 3 });
    expect(await report(res.json().id)).toEqual([
      '3,refused,IMPORT_UNKNOWN_AGENCY',
      '4,refused,IMPORT_FIELD_INVALID',
      '5,refused,IMPORT_FIELD_INVALID',
      '7,skipped,IMPORT_DUPLICATE',
    ]);
    const e = await t.runtime.database.executeSql(
      "select name from employers where unit_code = 'TB0005A'",
    );
    expect(e.rows).toEqual([{ name: 'Công ty E mới' }]);
    const r = await t.runtime.database.executeSql(
      "select status from employers where unit_code = 'TB0001A'",
    );
    expect(r.rows[0]!.status).toBe('suspended');
  });

  it('refuses a file whose header is not the template (422) and officers (403)', async () => {
    const bad = await post('agencies', 'code,name\n001,BHXH\n');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('IMPORT_HEADER_INVALID');
    for (const kind of DIRECTORY_KINDS) {
      const res = await post(kind, template(kind), officer);
      expect(res.statusCode).toBe(403);
    }
    // Officers still import records.
    const records = await post('benefits', 'bhxh_code\n', officer);
    expect(records.statusCode).toBe(422);
  });

  it('counts a file of several batches (1,000 rows each) under its x-import-id', async () => {
    const id = crypto.randomUUID();
    const lines = [EMPLOYER_HEADER];
    for (let i = 0; i < 2500; i++)
      lines.push(
        `TC${String(i).padStart(5, '0')}A,,Công ty số ${i},01,00235,Số ${i} Tây Sơn,001,1`,
      );
    // status "1" is not a status: every row refused except those fixed below.
    for (let i = 0; i < 2500; i += 2) lines[i + 1] = lines[i + 1]!.replace(/,1$/, ',active');
    const res = await post('employers', lines.join('\n'), supervisor, { 'x-import-id': id });
    expect(res.json()).toMatchObject({ id, rowsRead: 2500, added: 1250, refused: 1250 });
    const poll = await t.app.inject({
      method: 'GET',
      url: `/api/admin/imports/jobs/${id}`,
      headers: supervisor,
    });
    expect(poll.json()).toMatchObject({ status: 'done', added: 1250, updated: 0 });
    // Jobs belong to the importing agency: Hải Phòng's officer does not see them.
    const other = await headersOf(DEMO_STAFF.find((s) => s.agency === '031')!.username);
    const hidden = await t.app.inject({
      method: 'GET',
      url: `/api/admin/imports/jobs/${id}`,
      headers: other,
    });
    expect(hidden.statusCode).toBe(404);
  });
});
