import { searchKey } from '@vssid/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accounts, insuredPersons } from '../src/db/schema/index.ts';
import { DEMO } from '../src/db/seed/demo.ts';
import { _generators as gen, seedDemoDirectories } from '../src/db/seed/demo-directories.ts';
import { UNSERVED_COMMUNES } from '../src/db/seed/directory-geo.ts';
import { seedPopulation } from '../src/db/seed/population.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { sessionHeaders, type TestApp } from './helpers.ts';
import {
  captureOtps,
  officer,
  register,
  registrationApp,
  student,
} from './registration-helpers.ts';
import { asSession, citizenLogin } from './support/auth-fixture.ts';
import { mailsOf } from './support/mailbox.ts';

/**
 * Issue 11, points 1 and 10: the seed tells one consistent truth. An approved student finds the
 * card and the BHYT months the school gives; someone BHXH holds no card for is told so (not an
 * error) with the agency to contact; every facility and employer the records name is a row of
 * "Tra cứu"; no generated address puts a city street on an island special zone.
 */
const clock = new FakeClock('2026-12-07T06:00:00Z');
let t: TestApp;
let codes: Map<string, string>;
let hp: Record<string, string>;
let ip = 0;
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'GET',
    url,
    // A fresh client address per lookup: the per-IP search limit is not what is tested here.
    headers: { 'x-forwarded-for': `203.0.113.${(ip++ % 250) + 1}`, ...headers },
  });
const rows = async (text: string, values?: unknown[]) =>
  (await t.runtime.database.executeSql(text, values)).rows;

async function citizenSession(bhxhCode: string) {
  const [acc] = await rows('select id from accounts where bhxh_code = $1', [bhxhCode]);
  return sessionHeaders(t, String(acc!.id), 'citizen');
}

beforeAll(async () => {
  t = await registrationApp({ clock });
  codes = captureOtps(t);
  // The directories as `npm start` seeds them, then a generated population placed in them.
  await seedDemoDirectories(t.runtime.database, {
    agencies: 120,
    facilities: 1_500,
    employers: 4_000,
    collectionPoints: 300,
  });
  await seedPopulation(t.runtime.database, { citizens: 150, now: clock.now() });
}, 240_000);
afterAll(async () => t?.close());
beforeEach(async () => {
  hp = await officer(t, DEMO.officers.haiphong);
});

describe('an approved demo student', () => {
  it('opens the card the school gives (SV, mức hưởng 4 = 80 %, this school year) and BHYT months', async () => {
    const duc = student(0);
    const { draft, email } = await register(t, codes, duc);
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/admin/registrations/${draft.id}/approve`,
      headers: hp,
      payload: {},
    });
    expect(approved.statusCode, approved.body).toBe(200);
    // As the student does: the mailed password, then "Đổi mật khẩu", then the card.
    const [mail] = await mailsOf(t, 'registration-approved', email);
    const mailed = /Mật khẩu: (\S+)/.exec(mail!.text)![1]!;
    const login = await citizenLogin(t, duc.bhxhCode, mailed);
    expect(login.statusCode, login.body).toBe(200);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: asSession(login),
      payload: { currentPassword: mailed, newPassword: 'song-cam-thuyen-buom-2026' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const me = asSession(login);

    const card = await get('/api/me/card', me);
    expect(card.statusCode, card.body).toBe(200);
    expect(card.json()).toMatchObject({
      bhxhCode: duc.bhxhCode,
      fullName: duc.fullName,
      objectCode: 'SV',
      benefitCode: '4',
      benefitLevel: '80%',
      oldCardNumber: `SV431${duc.bhxhCode}`,
      issuingOffice: 'BHXH TP Hải Phòng',
      // The school year 2026–2027 contains the demo's today (7 Dec 2026).
      validFrom: '2026-10-01',
      validTo: '2027-09-30',
    });
    // "Nơi đăng ký KCB ban đầu" is a facility of the directory that takes initial registration.
    const [facility] = await rows(
      'select name, accepts_initial_registration as ok from health_facilities where code = $1',
      [card.json().facilityCode],
    );
    expect(facility).toEqual({ name: card.json().facilityName, ok: true });

    const bhyt = await get('/api/me/participation?scheme=bhyt', me);
    expect(bhyt.statusCode).toBe(200);
    // Enrolled October 2023: 10/2023 – 12/2026 = 39 months, one line per school year.
    expect(bhyt.json().total.months).toBe(39);
    expect(
      bhyt.json().periods.map((p: { fromMonth: string; toMonth: string }) => p.fromMonth),
    ).toEqual(['2026-10', '2025-10', '2024-10', '2023-10']);
    for (const p of bhyt.json().periods)
      expect(p.employerName).toBe('Trường Đại học Hàng hải Việt Nam');
    const summary = (await get('/api/me/summary', me)).json();
    expect(summary.card?.objectCode).toBe('SV');
  });
});

describe('GET /api/me/card when BHXH holds no card', () => {
  it('answers 200 { card: null } with the province agency to contact, not an error', async () => {
    const { db } = t.runtime.database;
    const person = async (bhxhCode: string, provinceCode: string | null) => {
      await db.insert(insuredPersons).values({
        bhxhCode,
        fullName: 'Lê Thị Mai',
        nameKey: searchKey('Lê Thị Mai'),
        birthDate: '1999-05-05',
        gender: 'female',
        provinceCode,
      });
      await db.insert(accounts).values({
        kind: 'citizen',
        role: 'citizen',
        bhxhCode,
        email: `${bhxhCode}@example.com`,
        displayName: 'Lê Thị Mai',
        passwordHash: 'x',
        mustChangePassword: false,
      });
      return citizenSession(bhxhCode);
    };
    const inHaiPhong = await person('0311100001', '31');
    const r = await get('/api/me/card', inHaiPhong);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({
      card: null,
      agency: expect.objectContaining({
        code: '031',
        name: 'BHXH TP Hải Phòng',
        address: expect.stringContaining('Hải Phòng'),
        phone: expect.stringMatching(/\d/),
      }),
    });
    // The seeded person whose card ended with his job is answered the same way.
    const binh = await get('/api/me/card', await citizenSession(DEMO.withoutCard.bhxhCode));
    expect(binh.statusCode).toBe(200);
    expect(binh.json()).toMatchObject({ card: null, agency: { code: '031' } });
    // The downloads still have nothing to draw.
    expect((await get('/api/me/card.png', inHaiPhong)).statusCode).toBe(404);
    // Province unknown: still an answer, no agency to name.
    const nowhere = await person('0311100002', null);
    const n = await get('/api/me/card', nowhere);
    expect(n.statusCode).toBe(200);
    expect(n.json()).toEqual({ card: null, agency: null });
  });
});

describe('one source of truth for facilities and employers', () => {
  it('names every facility of a seeded visit or card exactly as the facilities directory does', async () => {
    const named = await rows(
      `select distinct facility_code as code, facility_name as name from medical_visits
       union select distinct facility_code, facility_name from bhyt_cards`,
    );
    // The demo citizen, the students and the generated people all name some.
    expect(named.length).toBeGreaterThan(20);
    const wrong = await rows(
      `select n.code, n.name, f.name as directory_name from (
         select facility_code as code, facility_name as name from medical_visits
         union select facility_code, facility_name from bhyt_cards) n
       left join health_facilities f on f.code = n.code
       where f.code is null or f.name <> n.name`,
    );
    expect(wrong).toEqual([]);
    // Bạch Mai: the same code in the sổ KCB and in "Tra cứu" (01001, QĐ 384/QĐ-BYT's example).
    const book = (await get('/api/me/medical-visits', await citizenSession(DEMO.citizen.bhxhCode)))
      .json()
      .years.flatMap((y: { visits: { facilityName: string; facilityCode: string }[] }) => y.visits);
    const inBook = book.find(
      (v: { facilityName: string }) => v.facilityName === 'Bệnh viện Bạch Mai',
    );
    expect(inBook.facilityCode).toBe('01001');
    const found = await get(`/api/lookups/bhyt-facilities?q=${encodeURIComponent('Bạch Mai')}`);
    expect(found.statusCode).toBe(200);
    expect(
      found.json().items.filter((f: { name: string }) => f.name === 'Bệnh viện Bạch Mai'),
    ).toEqual([expect.objectContaining({ code: '01001' })]);
  });

  it('finds every employer of the seeded participation in "Tra cứu đơn vị tham gia BHXH"', async () => {
    const employers = await rows(
      `select distinct employer_name as name, employer_code as code from participation_periods
        order by 1`,
    );
    const names = employers.map((e) => e.name as string);
    expect(names).toEqual(
      expect.arrayContaining([
        'TRUNG TÂM CÔNG NGHỆ THÔNG TIN',
        'Trung tâm Thông Tin - BHXH-VN',
        'Bảo hiểm Xã hội Việt Nam',
        'Trường Đại học Hàng hải Việt Nam',
      ]),
    );
    expect(employers.length).toBeGreaterThan(50);
    for (const e of employers) {
      const r = await get(`/api/lookups/employers?q=${encodeURIComponent(e.name as string)}`);
      expect(r.statusCode, r.body).toBe(200);
      const hit = r
        .json()
        .items.find((x: { name: string; unitCode: string }) => x.unitCode === e.code);
      expect(hit?.name, `${e.name} (${e.code}) in Tra cứu đơn vị`).toBe(e.name);
    }
  }, 120_000);
});

/** "Số 12 ngõ 4 đường Lê Lợi", "Số 3 phố Huế": a numbered city street. */
const CITY_STREET = /^Số \d+|(^|\s)(đường|phố)(\s|$)/u;
/** The part of an address before the commune ("Thôn Đông" of "Thôn Đông, Đặc khu Cô Tô, …"). */
const streetPart = (address: string) => address.split(',')[0]!;

describe('generated addresses fit the kind of administrative unit', () => {
  /**
   * The rule: a đặc khu (island special zone) is addressed by hamlets or zones ("Thôn 3, Đặc khu
   * Cô Tô, …"), never by a numbered city street ("Số 12 đường …", "… phố …"); and nothing at all
   * is generated in Đặc khu Hoàng Sa or Đặc khu Trường Sa.
   */
  it('puts no city street in a special zone, and nothing in Hoàng Sa or Trường Sa', async () => {
    const world = await gen.loadWorld(t.runtime.database);
    const all = await rows("select code from communes where type = 'Đặc khu'");
    const zones = new Set(all.map((c) => c.code as string));
    expect(zones.has('20333')).toBe(true);
    const take = function* <T>(it: Iterable<T>, n: number) {
      let i = 0;
      for (const x of it) {
        if (i++ >= n) return;
        yield x;
      }
    };
    // [commune code column, address column] of each generator's rows.
    const agenciesOf = new Map(world.provinces.map((p) => [p.code, [`0${p.code}`]]));
    const sources: [string, Iterable<unknown[]>, number, number][] = [
      ['agencies', gen.agencyRows(world, 1_000), 4, 5],
      ['facilities', take(gen.facilityRows(world, 15_000), 15_000), 5, 6],
      ['employers', take(gen.employerRows(world, 40_000, agenciesOf), 40_000), 4, 5],
      ['collection points', gen.pointRows(world, 20_000), 5, 6],
    ];
    let inZones = 0;
    for (const [what, generated, communeAt, addressAt] of sources) {
      for (const row of generated) {
        const commune = row[communeAt] as string;
        const address = row[addressAt] as string;
        expect(UNSERVED_COMMUNES.has(commune), `${what} in ${commune}`).toBe(false);
        if (!zones.has(commune)) continue;
        inZones++;
        expect(streetPart(address), `${what}: ${address}`).not.toMatch(CITY_STREET);
      }
    }
    // Inhabited special zones do get rows (the check above is not vacuous).
    expect(inZones).toBeGreaterThan(20);
    // And what is stored follows the same rule.
    const stored = await rows(
      `select t.address from (
         select commune_code, address from agencies union all
         select commune_code, address from health_facilities union all
         select commune_code, address from employers union all
         select commune_code, address from collection_points) t
       join communes c on c.code = t.commune_code where c.type = 'Đặc khu'`,
    );
    expect(stored.length).toBeGreaterThan(0);
    for (const s of stored) expect(streetPart(s.address as string)).not.toMatch(CITY_STREET);
    const unserved = await rows(
      `select count(*)::int as n from collection_points where commune_code = any($1::text[])`,
      [[...UNSERVED_COMMUNES]],
    );
    expect(unserved[0]!.n).toBe(0);
  }, 120_000);
});
