import { readFileSync } from 'node:fs';
import { parseOpeningHours } from '@vssid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { seedDemoDirectories } from '../src/db/seed/demo-directories.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { createTestApp, sessionHeaders, type TestApp } from './helpers.ts';

/**
 * Issue 11, point 4: the citizen's answers speak codes and numbers, the browser words them. A
 * Vietnamese word may only come as a proper name or as text a record holds as written (an
 * address, a job title, the hospital's diagnosis); everything else is a code or a number.
 */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
const NAMES = new Set([
  'fullName',
  'displayName',
  'name',
  'address',
  'facilityName',
  'employerName',
  'workplace',
  'position',
  'paidBy',
  'issuingOffice',
  'operator',
  // the hospital's own text; the app words the diagnosis by its ICD-10 code
  'icdName',
  // the QR payload encodes the card as printed (hex of the Vietnamese fields)
  'qrPayload',
]);

/** Every string holding Vietnamese letters outside a name field, with its path. */
function wordsOutsideNames(value: unknown, path = ''): string[] {
  if (typeof value === 'string') {
    const key =
      path
        .split('.')
        .at(-1)
        ?.replace(/\[\d+\]$/, '') ?? '';
    return VIETNAMESE.test(value) && !NAMES.has(key) ? [`${path}: ${value}`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => wordsOutsideNames(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      wordsOutsideNames(v, path ? `${path}.${k}` : k),
    );
  return [];
}

let t: TestApp;
let citizen: Record<string, string>;
let officer: Record<string, string>;
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
const sql = async (text: string, values?: unknown[]) =>
  (await t.runtime.database.executeSql(text, values)).rows;
const idOf = async (column: 'bhxh_code' | 'username', value: string) =>
  (await sql(`select id from accounts where ${column} = $1`, [value]))[0]!.id as string;

beforeAll(async () => {
  t = await createTestApp({
    seed: { adminUnits: true, demo: true },
    workers: false,
    clock: new FakeClock(),
  });
  await seedDemoDirectories(t.runtime.database, {
    agencies: 120,
    facilities: 300,
    employers: 300,
    collectionPoints: 300,
  });
  citizen = await sessionHeaders(t, await idOf('bhxh_code', DEMO.citizen.bhxhCode), 'citizen');
  officer = await sessionHeaders(t, await idOf('username', DEMO.officers.hanoi), 'staff');
}, 180_000);
afterAll(async () => t?.close());

describe('the citizen app’s answers speak codes and numbers', () => {
  it('sends no Vietnamese word outside a name, on every screen the citizen reads', async () => {
    const urls = [
      '/api/auth/session',
      '/api/auth/sessions',
      '/api/me/summary',
      '/api/me/card',
      ...['bhxh', 'bhyt', 'bhtn', 'bhtnld'].map((s) => `/api/me/participation?scheme=${s}`),
      ...['one_time', 'sickness_maternity', 'monthly', 'unemployment'].map(
        (c) => `/api/me/benefits?category=${c}`,
      ),
      '/api/me/medical-visits',
      ...[
        'agencies',
        'sick-leave-facilities',
        'bhyt-facilities',
        'employers',
        'collection-points',
      ].flatMap((d) => [`/api/lookups/${d}?provinceCode=01`, `/api/lookups/${d}?provinceCode=31`]),
    ];
    const found: string[] = [];
    for (const url of urls) {
      const res = await get(url, { ...citizen, 'user-agent': 'curl/8' });
      expect(res.statusCode, url).toBe(200);
      found.push(...wordsOutsideNames(res.json()).map((w) => `${url} ${w}`));
    }
    expect(found).toEqual([]);
  });

  it('gives the total as months, the type and the regime as codes', async () => {
    const s = (await get('/api/me/summary', citizen)).json();
    expect(s.total).toEqual({ months: 146, years: 12, remainingMonths: 2 });
    const p = (await get('/api/me/participation?scheme=bhxh', citizen)).json();
    expect(new Set(p.periods.map((r: { contributionType: string }) => r.contributionType))).toEqual(
      new Set(['compulsory']),
    );
    const b = (await get('/api/me/benefits?category=sickness_maternity', citizen)).json();
    expect(b.items.map((i: { regime: string }) => i.regime)).toEqual(['childbirth']);
  });

  it('sends every seeded timetable as day codes and times', async () => {
    const texts = await sql(
      `select distinct working_hours as h from agencies where working_hours is not null
       union select distinct opening_hours from collection_points where opening_hours is not null`,
    );
    expect(texts.length).toBeGreaterThan(3);
    for (const { h } of texts) expect(parseOpeningHours(h as string), h as string).not.toBeNull();
    const page = (await get('/api/lookups/agencies?provinceCode=01')).json();
    const withHours = page.items.find((a: { workingHours: unknown }) => a.workingHours !== null);
    expect(withHours.workingHours[0]).toMatchObject({ from: 1, to: 5, morningOnly: false });
  });

  it('words an unknown device as null, for the app to say "unknown device"', async () => {
    const res = await get('/api/auth/sessions', { ...citizen, 'user-agent': 'curl/8' });
    expect(res.json().sessions ?? res.json()).toEqual(
      expect.arrayContaining([expect.objectContaining({ device: null })]),
    );
  });
});

describe('imports and stored rows', () => {
  const post = (kind: string, csv: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/admin/imports/${kind}`,
      headers: { ...officer, 'content-type': 'text/csv' },
      payload: csv,
    });

  it('takes a code or its Vietnamese spelling, refuses a regime no code names', async () => {
    const code = DEMO.citizen.bhxhCode;
    const res = await post(
      'benefits',
      `bhxh_code,category,regime,from_date,to_date,amount,paid_by\n${code},sickness_maternity,ốm đau,03/02/2025,07/02/2025,1.250.000,X\n${code},monthly,pension,2025-01-01,,100,X\n${code},one_time,Trợ cấp,2025-01-01,,100,X`,
    );
    expect(res.json()).toMatchObject({ added: 2, refused: 1 });
    const rows = await sql(
      "select regime from benefits where bhxh_code = $1 and paid_by = 'X' order by regime",
      [code],
    );
    expect(rows.map((r) => r.regime)).toEqual(['pension', 'sickness']);
    const p = await post(
      'participation',
      `bhxh_code,scheme,from_month,to_month,employer_name,employer_code,position,workplace,contribution_type,currency,salary,salary_coefficient,status\n${code},bhxh,01/2022,02/2022,Y,,,,Tự nguyện,VND,1000000,,paid\n${code},bhxh,03/2022,04/2022,Y,,,,Khác,VND,1000000,,paid`,
    );
    expect(p.json()).toMatchObject({ added: 1, refused: 1 });
    const q = await sql(
      "select contribution_type as c from participation_periods where employer_name = 'Y'",
    );
    expect(q.map((r) => r.c)).toEqual(['voluntary']);
  });

  it('turns the words stored before the change into codes (migration 0011)', async () => {
    const code = DEMO.citizen.bhxhCode;
    await sql(
      `insert into benefits (bhxh_code, category, regime, from_date, amount, paid_by)
       values ($1, 'one_time', 'Trợ cấp mai táng', '2001-01-01', 1, 'Z'),
              ($1, 'one_time', 'Một chế độ lạ', '2001-02-01', 1, 'Z')`,
      [code],
    );
    await sql(
      `update participation_periods set contribution_type = 'Bắt buộc'
       where bhxh_code = $1 and from_month = '2020-02'`,
      [code],
    );
    const migration = readFileSync(
      new URL('../src/db/migrations/0011_english_codes.sql', import.meta.url),
      'utf8',
    );
    for (const statement of migration.split('--> statement-breakpoint')) await sql(statement);
    const b = await sql("select regime from benefits where paid_by = 'Z' order by from_date");
    expect(b.map((r) => r.regime)).toEqual(['funeral', 'Một chế độ lạ']);
    const c = await sql(
      "select distinct contribution_type as c from participation_periods where from_month = '2020-02'",
    );
    expect(c).toEqual([{ c: 'compulsory' }]);
    // A stored word no code names is shown as "other", never as the word.
    const one = (await get('/api/me/benefits?category=one_time', citizen)).json();
    expect(one.items.map((i: { regime: string }) => i.regime).sort()).toEqual(['funeral', 'other']);
  });
});
