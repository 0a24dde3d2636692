import { translate } from '@vssid/contracts';
import { searchKey } from '@vssid/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insuredPersons, passkeys, registrations } from '../src/db/schema/index.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { publicSessionId } from '../src/presenters/session-info.presenter.ts';
import { hashToken } from '../src/services/session.service.ts';
import { createTestApp, sessionHeaders, type TestApp } from './helpers.ts';
import { type Fixture, freshIp, seedAuthFixture } from './support/auth-fixture.ts';
import { servedDocument } from './support/openapi-document.ts';

/**
 * Every registered route × every role gets exactly the status decided here. The route list comes
 * from the app itself (onRoute), so a new route without a line below fails this test.
 */
const ROLES = [
  'anonymous',
  'citizenA',
  'citizenB',
  'officerX',
  'officerY',
  'supervisor',
  'administrator',
  // The organization portal's two roles (issue 13): a staff session without an agency.
  'orgUnit',
  'orgFaculty',
] as const;
type Role = (typeof ROLES)[number];
/** Statuses in ROLES order. */
type Expect = [number, number, number, number, number, number, number, number, number];
type Decision = {
  expect: Expect;
  /** The URL to call (made fresh for each role, e.g. a session of citizen A to end). */
  url?: () => Promise<string> | string;
  payload?: object;
};

const all = (s: number): Expect => [s, s, s, s, s, s, s, s, s];
/** anonymous, citizens, staff. */
const citizens = (c: number, cB = c): Expect => [401, c, cB, 401, 401, 401, 401, 401, 401];
/** The agencies' routes: officers, supervisors, administrators; organization staff 403. */
const staff = (s: number, admin = s, supervisor = s): Expect => [
  401,
  401,
  401,
  s,
  s,
  supervisor,
  admin,
  403,
  403,
];
/** Any staff session, organization staff included (the shared sign-in, passkeys, sign-out). */
const anyStaff = (s: number): Expect => [401, 401, 401, s, s, s, s, s, s];
/** The organization portal: organization staff only ("Cán bộ khoa" may be refused more). */
const org = (unit: number, faculty = unit): Expect => [
  401,
  401,
  401,
  403,
  403,
  403,
  403,
  unit,
  faculty,
];
const NO_ID = '00000000-0000-4000-8000-000000000000';
const DRAFT = `/api/registrations/${NO_ID}`;

const DECISIONS: Record<string, Decision> = {
  'GET /api/health': { expect: all(200) },
  'POST /api/feedback': {
    expect: all(201),
    payload: { category: 'question', content: 'Một câu hỏi đủ dài.' },
  },

  'POST /api/auth/login': { expect: all(401), payload: { bhxhCode: '0199999999', password: 'x' } },
  // "Am I signed in?" is answered, not refused: 204 for anyone without a citizen session.
  'GET /api/auth/session': { expect: [204, 200, 200, 204, 204, 204, 204, 204, 204] },
  'POST /api/auth/reauth': { expect: citizens(400), payload: { password: 'wrong' } },
  'POST /api/auth/logout': { expect: citizens(204) },
  'POST /api/auth/logout-all': { expect: citizens(204) },
  'GET /api/auth/sessions': { expect: citizens(200) },
  'DELETE /api/auth/sessions/:id': {
    expect: citizens(204, 404),
    url: async () => `/api/auth/sessions/${await sessionOfA()}`,
  },
  'POST /api/auth/password': {
    expect: citizens(400),
    payload: { currentPassword: 'x', newPassword: 'short' },
  },
  'POST /api/auth/password-reset/start': {
    expect: all(202),
    payload: { bhxhCode: '0199999999', email: 'x@example.com' },
  },
  'POST /api/auth/password-reset/resend': { expect: all(400), payload: { requestId: NO_ID } },
  'POST /api/auth/password-reset/confirm': {
    expect: all(400),
    payload: { requestId: NO_ID, otp: '123456' },
  },
  'POST /api/auth/passkeys/registration-options': { expect: citizens(200) },
  'POST /api/auth/passkeys/registration': { expect: citizens(400), payload: { response: {} } },
  'GET /api/auth/passkeys': { expect: citizens(200) },
  'DELETE /api/auth/passkeys/:id': {
    expect: citizens(204, 404),
    url: async () => `/api/auth/passkeys/${await passkeyOfA()}`,
  },
  'POST /api/auth/passkeys/login-options': { expect: all(200) },
  'POST /api/auth/passkeys/login': { expect: all(400), payload: { response: {} } },

  'POST /api/admin/auth/login': {
    expect: all(401),
    payload: { username: 'nobody', password: 'x' },
  },
  // Full staff sessions: nothing left to verify, the session is returned as it is.
  'POST /api/admin/auth/totp': { expect: anyStaff(200), payload: { code: '000000' } },
  'POST /api/admin/auth/passkey-options': { expect: anyStaff(400) },
  'POST /api/admin/auth/passkey': { expect: anyStaff(200), payload: { response: {} } },
  'GET /api/admin/auth/session': { expect: anyStaff(200) },
  'POST /api/admin/auth/logout': { expect: anyStaff(204) },
  'POST /api/admin/auth/password': {
    expect: anyStaff(400),
    payload: { currentPassword: 'x', newPassword: 'short' },
  },
  'POST /api/admin/auth/passkeys/registration-options': { expect: anyStaff(200) },
  'POST /api/admin/auth/passkeys/registration': {
    expect: anyStaff(400),
    payload: { response: {} },
  },
  'GET /api/admin/auth/passkeys': { expect: anyStaff(200) },
  'DELETE /api/admin/auth/passkeys/:id': {
    expect: anyStaff(404),
    url: () => '/api/admin/auth/passkeys/none',
  },
  'GET /api/admin/officers': { expect: staff(403, 200, 403) },

  // Registration (contracts/registration.ts): drafts are reached by their token, not a session,
  // so every role gets the same answer; the officers' queue is staff-only, by agency.
  'GET /api/admin-units/provinces': { expect: all(200) },
  'GET /api/admin-units/communes': {
    expect: all(200),
    url: () => '/api/admin-units/communes?provinceCode=01',
  },
  'POST /api/admin-units/match': { expect: all(200), payload: { address: 'Số 1 phố Huế, Hà Nội' } },
  'GET /api/agencies': { expect: all(200), url: () => '/api/agencies?provinceCode=01' },
  'POST /api/registrations': { expect: all(201), payload: {} },
  'GET /api/registrations/:id': { expect: all(404), url: () => DRAFT },
  'PATCH /api/registrations/:id': { expect: all(404), url: () => DRAFT, payload: {} },
  'PUT /api/registrations/:id/identity': {
    expect: all(404),
    url: () => `${DRAFT}/identity`,
    payload: {},
  },
  'PUT /api/registrations/:id/applicant': {
    expect: all(404),
    url: () => `${DRAFT}/applicant`,
    payload: {},
  },
  'PUT /api/registrations/:id/consent': {
    expect: all(404),
    url: () => `${DRAFT}/consent`,
    payload: { accepted: true },
  },
  'PUT /api/registrations/:id/photos/:kind': {
    expect: all(404),
    url: () => `${DRAFT}/photos/portrait`,
    payload: {},
  },
  'GET /api/registrations/:id/photos/:kind': {
    expect: all(404),
    url: () => `${DRAFT}/photos/portrait`,
  },
  'DELETE /api/registrations/:id/photos/:kind': {
    expect: all(404),
    url: () => `${DRAFT}/photos/portrait`,
  },
  'POST /api/registrations/:id/otp': { expect: all(404), url: () => `${DRAFT}/otp`, payload: {} },
  'POST /api/registrations/:id/submit': {
    expect: all(404),
    url: () => `${DRAFT}/submit`,
    payload: { otp: '123456' },
  },
  'POST /api/registrations/status': {
    expect: all(404),
    payload: { bhxhCode: '0199999999', token: 'x' },
  },
  'GET /api/admin/registrations': { expect: staff(200) },
  'GET /api/admin/registrations/drives': { expect: staff(200) },
  'GET /api/admin/registrations/:id': {
    expect: staff(404),
    url: () => `/api/admin/registrations/${NO_ID}`,
  },
  'GET /api/admin/registrations/:id/photos/:kind': {
    expect: staff(404),
    url: () => `/api/admin/registrations/${NO_ID}/photos/portrait`,
  },
  'POST /api/admin/registrations/:id/approve': {
    expect: staff(404),
    url: () => `/api/admin/registrations/${NO_ID}/approve`,
    payload: {},
  },
  'POST /api/admin/registrations/:id/reject': {
    expect: staff(404),
    url: () => `/api/admin/registrations/${NO_ID}/reject`,
    payload: { reasonCode: 'other', note: 'x' },
  },
  'POST /api/admin/registrations/:id/undo': {
    expect: staff(404),
    url: () => `/api/admin/registrations/${NO_ID}/undo`,
    payload: {},
  },
  'GET /api/admin/registrations/:id/neighbours': {
    expect: staff(404),
    url: () => `/api/admin/registrations/${NO_ID}/neighbours`,
  },
  'GET /api/admin/audit-log': { expect: staff(403, 200, 200) },
  // Personal records (contracts/records.ts): citizens see their own (fixture citizens have no
  // card: 200 { card: null }, the downloads 404); officers only their province's citizens.
  'GET /api/me/summary': { expect: citizens(200) },
  'GET /api/me/card': { expect: citizens(200) },
  'GET /api/me/card.png': { expect: citizens(404) },
  'GET /api/me/card.pdf': { expect: citizens(404) },
  'GET /api/me/participation': { expect: citizens(200) },
  'GET /api/me/participation/export': { expect: citizens(200) },
  'GET /api/me/benefits': { expect: citizens(200) },
  'GET /api/me/medical-visits': { expect: citizens(200) },
  'GET /api/admin/citizens/:bhxhCode/records': {
    expect: staff(404),
    url: () => '/api/admin/citizens/0100000001/records',
  },
  'POST /api/admin/imports/:kind': {
    expect: staff(400),
    url: () => '/api/admin/imports/participation',
    payload: {},
  },
  'GET /api/admin/imports/jobs/:id': {
    expect: staff(404),
    url: () => `/api/admin/imports/jobs/${NO_ID}`,
  },
  'GET /api/admin/imports/jobs/:id/report.csv': {
    expect: staff(404),
    url: () => `/api/admin/imports/jobs/${NO_ID}/report.csv`,
  },
  // The organization portal (contracts/organization.ts): organization staff only; officers 403
  // (organization-staff answers are in organization.test.ts and the org rows of this matrix).
  'GET /api/admin/org/drives': { expect: org(200) },
  'GET /api/admin/org/drives/:id': {
    expect: org(404),
    url: () => `/api/admin/org/drives/${NO_ID}`,
  },
  'GET /api/admin/org/drives/:id/students': {
    expect: org(404),
    url: () => `/api/admin/org/drives/${NO_ID}/students`,
  },
  'GET /api/admin/org/drives/:id/students.csv': {
    expect: org(404),
    url: () => `/api/admin/org/drives/${NO_ID}/students.csv`,
  },
  'POST /api/admin/org/drives/:id/roster': {
    expect: org(400, 403),
    url: () => `/api/admin/org/drives/${NO_ID}/roster`,
    payload: {},
  },
  'GET /api/admin/org/roster-imports/:id': {
    expect: org(404, 403),
    url: () => `/api/admin/org/roster-imports/${NO_ID}`,
  },
  // Reminders and the poster (contracts/organization-reminders.ts): organization staff only.
  'POST /api/admin/org/drives/:id/reminders': {
    expect: org(404),
    url: () => `/api/admin/org/drives/${NO_ID}/reminders`,
    payload: { studentCodes: ['SV001'] },
  },
  'GET /api/admin/org/drives/:id/poster': {
    expect: org(404),
    url: () => `/api/admin/org/drives/${NO_ID}/poster`,
  },
  // A drive's signed links: public, and a forged link is 400 for everyone.
  'POST /api/drive-links/prefill': { expect: all(400), payload: { token: 'r1.x.1.00' } },
  'POST /api/drive-links/poster': { expect: all(400), payload: { token: 'd1.x.1.00' } },
  // Signed declarations (contracts/declarations.ts): another organization's drive is 404.
  'GET /api/admin/org/drives/:id/declarations': {
    expect: org(404),
    url: () => `/api/admin/org/drives/${NO_ID}/declarations`,
  },
  'POST /api/admin/org/drives/:id/declarations': {
    expect: org(404),
    url: () => `/api/admin/org/drives/${NO_ID}/declarations`,
    payload: { applicationNumber: 'DK-2026-000001' },
  },
  'DELETE /api/admin/org/drives/:id/declarations/:number': {
    expect: org(404),
    url: () => `/api/admin/org/drives/${NO_ID}/declarations/DK-2026-000001`,
  },
  'GET /api/admin/org/drives/:id/declarations/handover.pdf': {
    expect: org(404),
    url: () => `/api/admin/org/drives/${NO_ID}/declarations/handover.pdf`,
  },
  'GET /api/admin/org/drives/:id/students.xlsx': {
    expect: org(404),
    url: () => `/api/admin/org/drives/${NO_ID}/students.xlsx`,
  },
  'GET /api/admin/org/drives/:id/report.pdf': {
    expect: org(404),
    url: () => `/api/admin/org/drives/${NO_ID}/report.pdf`,
  },
  // "Tra cứu mã số BHXH": public; each role calls from a fresh address, so within the free tries.
  'POST /api/lookups/bhxh-code/challenge': { expect: all(200) },
  'POST /api/lookups/bhxh-code': {
    expect: all(200),
    payload: { provinceCode: '01', fullName: 'Nguyen Van A', birthDate: '1990-01-01' },
  },
  // "Tra cứu" (contracts/lookups.ts): public directories, the same for everyone.
  'GET /api/lookups/agencies': { expect: all(200) },
  'GET /api/lookups/sick-leave-facilities': { expect: all(200) },
  'GET /api/lookups/bhyt-facilities': { expect: all(200) },
  'GET /api/lookups/employers': { expect: all(200) },
  'GET /api/lookups/collection-points': { expect: all(200) },
  // Directories in the back office (contracts/directories-admin.ts): supervisors (their
  // province) and administrators; officers 403; an unknown id is 404.
  'GET /api/admin/directories/:kind': {
    expect: staff(403, 200, 200),
    url: () => '/api/admin/directories/health-facilities',
  },
  'POST /api/admin/directories/:kind': {
    expect: staff(403, 400, 400),
    url: () => '/api/admin/directories/collection-points',
    payload: { values: {} },
  },
  'GET /api/admin/directories/:kind/:id': {
    expect: staff(403, 404, 404),
    url: () => `/api/admin/directories/agencies/${NO_ID}`,
  },
  'PUT /api/admin/directories/:kind/:id': {
    expect: staff(403, 404, 404),
    url: () => `/api/admin/directories/employers/${NO_ID}`,
    payload: { values: {} },
  },
  // The population-registry simulator (development and tests only): a public test double.
  'POST /dev/population-registry/verify': { expect: all(400), payload: {} },
  'GET /dev/mail': { expect: all(200) },

  // Development mailbox (never mounted in production): open to all, like the page it serves.
  'GET /dev/mail/api/messages': { expect: all(200) },
  'DELETE /dev/mail/api/messages': { expect: all(204) },
  'GET /dev/mail/:id': { expect: all(404), url: () => `/dev/mail/${NO_ID}` },
};
/** Public by nature, whoever asks: the API documentation and the web app's static files. */
const PUBLIC_PREFIXES = ['/api/docs', '/dev/mail/:id/'];
const isStaticFile = (url: string) => !url.startsWith('/api/') && !url.startsWith('/dev/');

const clock = new FakeClock();
let t: TestApp;
let fx: Fixture;
let orgIds: Record<'orgUnit' | 'orgFaculty', string>;
beforeAll(async () => {
  t = await createTestApp({ clock, workers: false });
  fx = await seedAuthFixture(t);
  orgIds = await seedOrganizationStaff(t);
});
/** The organization portal's two roles, of one university in Hà Nội (the fixture's province). */
async function seedOrganizationStaff(
  app: TestApp,
): Promise<Record<'orgUnit' | 'orgFaculty', string>> {
  const sql = (q: string, v?: unknown[]) => app.runtime.database.executeSql(q, v);
  const orgId = (
    await sql(`insert into organizations (code, name, kind, province_code, address)
      values ('ORG1', 'Trường thử', 'university', '01', 'Hà Nội') returning id`)
  ).rows[0]!.id;
  const ids = {} as Record<'orgUnit' | 'orgFaculty', string>;
  for (const [key, role, faculty] of [
    ['orgUnit', 'org_unit', null],
    ['orgFaculty', 'org_faculty', 'Khoa A'],
  ] as const) {
    const id = (
      await sql(
        `insert into accounts (kind, role, username, display_name, password_hash, must_change_password)
         values ('staff', $1, $2, $2, 'x', false) returning id`,
        [role, key.toLowerCase()],
      )
    ).rows[0]!.id;
    await sql(
      'insert into organization_staff (account_id, organization_id, faculty) values ($1, $2, $3)',
      [id, orgId, faculty],
    );
    ids[key] = String(id);
  }
  return ids;
}
/** Another device of citizen A: what A may end and B may not. */
async function sessionOfA(): Promise<string> {
  const s = await t.runtime.services.sessions.create({
    accountId: fx.ids.citizenA,
    kind: 'citizen',
    stage: 'full',
  });
  return publicSessionId(hashToken(s.token));
}
let passkeyCount = 0;
async function passkeyOfA(): Promise<string> {
  const id = `passkey-of-a-${++passkeyCount}`;
  await t.runtime.database.db
    .insert(passkeys)
    .values({ id, accountId: fx.ids.citizenA, publicKey: 'AA', name: 'A', createdAt: clock.now() });
  return id;
}
afterAll(async () => t.close());

async function headersFor(role: Role): Promise<Record<string, string>> {
  if (role === 'anonymous') return {};
  if (role === 'orgUnit' || role === 'orgFaculty') return sessionHeaders(t, orgIds[role], 'staff');
  const kind = role.startsWith('citizen') ? 'citizen' : 'staff';
  return sessionHeaders(t, fx.ids[role], kind);
}

describe('access matrix', () => {
  it('has a decision for every registered route', () => {
    const missing = t.app.routeList
      .filter((r) => r.method !== 'HEAD' && !isStaticFile(r.url))
      .filter((r) => !PUBLIC_PREFIXES.some((p) => r.url.startsWith(p)))
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !(key in DECISIONS));
    expect(missing).toEqual([]);
    const registered = new Set(t.app.routeList.map((r) => `${r.method} ${r.url}`));
    expect(Object.keys(DECISIONS).filter((k) => !registered.has(k))).toEqual([]);
  });

  it('answers every route and role exactly as decided', async () => {
    const wrong: string[] = [];
    for (const [key, d] of Object.entries(DECISIONS)) {
      const [method, path] = key.split(' ') as [string, string];
      for (const [i, role] of ROLES.entries()) {
        clock.advance(1000);
        // Sign-in attempts of the matrix itself must not lock each other out.
        await t.runtime.database.executeSql('delete from login_throttles');
        const res = await t.app.inject({
          method: method as 'GET',
          url: d.url ? await d.url() : path,
          headers: { ...(await headersFor(role)), 'x-forwarded-for': freshIp() },
          ...(d.payload ? { payload: d.payload } : {}),
        });
        if (res.statusCode !== d.expect[i])
          wrong.push(`${key} as ${role}: ${res.statusCode}, decided ${d.expect[i]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("documents each route's security exactly as the matrix decides it", async () => {
    const doc = await servedDocument(t);
    const wrong: string[] = [];
    for (const [key, d] of Object.entries(DECISIONS)) {
      const [method, path] = key.split(' ') as [string, string];
      if (path.startsWith('/dev/')) continue; // test doubles, not in the document
      const item = doc.paths?.[path.replace(/:([A-Za-z]+)/g, '{$1}')] as
        | Record<string, { security?: Record<string, string[]>[] }>
        | undefined;
      const op = item?.[method.toLowerCase()];
      // Secured = anonymous is refused while some session of the audience is let through (a
      // route that answers 401 to everyone, like a failed sign-in, does not need a session).
      const [anonymous, ...signedIn] = d.expect;
      const citizensIn = signedIn.slice(0, 2).some((s) => s !== 401);
      const staffIn = signedIn.slice(2).some((s) => s !== 401);
      const cookie =
        anonymous === 401 && citizensIn !== staffIn
          ? citizensIn
            ? 'citizenSession'
            : 'staffSession'
          : undefined;
      const expected = !cookie ? [] : method === 'GET' ? [cookie] : [cookie, 'csrf'].sort();
      const documented = (op?.security ?? []).flatMap((s) => Object.keys(s)).sort();
      if (!op || !Array.isArray(op.security) || documented.join() !== expected.join())
        wrong.push(`${key}: documented ${JSON.stringify(op?.security)}, decided [${expected}]`);
    }
    expect(wrong).toEqual([]);
  });

  it('serves the API documentation to anyone', async () => {
    for (const role of ROLES) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/docs/json',
        headers: await headersFor(role),
      });
      expect(res.statusCode).toBe(200);
    }
  });
});

/*
 * Data scope of writes: a staff member writes exactly the data they may read (policies/
 * data-scope.policy.ts). Agency X is in Hà Nội (01), Y in Hải Phòng (31); officerX, the
 * supervisor and the administrator belong to X.
 */
describe('data scope of writes', () => {
  const HN = '0100000101'; // a person of Hà Nội
  const HP = '3100000102'; // a person of Hải Phòng
  const STAFF = ['officerX', 'officerY', 'supervisor', 'administrator'] as const;
  const mayTouch = (role: (typeof STAFF)[number], code: string) =>
    role === 'officerY' ? code === HP : code === HN;

  beforeAll(async () => {
    for (const [code, provinceCode] of [
      [HN, '01'],
      [HP, '31'],
    ] as const)
      await t.runtime.database.db.insert(insuredPersons).values({
        bhxhCode: code,
        fullName: `Người ${code}`,
        nameKey: searchKey(`Nguoi ${code}`),
        birthDate: '1985-05-05',
        gender: 'male',
        provinceCode,
      });
  });

  async function importCsv(role: Role, kind: string, csv: string) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/admin/imports/${kind}`,
      headers: { ...(await headersFor(role)), 'content-type': 'text/csv' },
      payload: csv,
    });
    const report = await t.app.inject({
      method: 'GET',
      url: `/api/admin/imports/jobs/${res.json().id}/report.csv`,
      headers: await headersFor(role),
    });
    const lines = report.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1);
    return {
      status: res.statusCode,
      job: res.json(),
      reasons: lines.map((l) => l.split(',').slice(0, 3).join(',')),
    };
  }

  /** One row per record kind for `code`, unique per staff member `i` (so nothing is a duplicate). */
  const recordFiles = (code: string, i: number): [string, string][] => [
    [
      'participation',
      `bhxh_code,scheme,from_month,to_month,employer_name,employer_code,position,workplace,contribution_type,currency,salary,salary_coefficient,status\n${code},bhxh,0${i + 1}/2020,0${i + 1}/2020,Công ty ${i},,,,,VND,5000000,,paid`,
    ],
    [
      'benefits',
      `bhxh_code,category,regime,from_date,to_date,amount,paid_by\n${code},one_time,BHXH một lần,2020-0${i + 1}-01,,100000,Công ty ${i}`,
    ],
    [
      'medical-visits',
      `bhxh_code,facility_name,facility_code,admitted_on,discharged_on,kind,icd_code,icd_name,total_cost,paid_by_bhyt,paid_by_patient\n${code},Bệnh viện ${i},01001,2020-0${i + 1}-02,,outpatient,J06.9,Cảm,300000,240000,60000`,
    ],
    [
      'bhyt-cards',
      `bhxh_code,card_number,old_card_number,facility_name,facility_code,valid_from,valid_to,five_years_from,benefit_level,benefit_code,object_code,issue_date,issuing_office,residence_code\n${code},${code},,Bệnh viện ${i},01013,2020-01-01,2020-12-31,,80%,4,GD,2019-12-20,BHXH,`,
    ],
  ];

  it("writes a citizen's records (all four imports) exactly when it may read them", async () => {
    const wrong: string[] = [];
    for (const [i, role] of STAFF.entries())
      for (const code of [HN, HP]) {
        const read = await t.app.inject({
          method: 'GET',
          url: `/api/admin/citizens/${code}/records`,
          headers: await headersFor(role),
        });
        if (read.statusCode !== (mayTouch(role, code) ? 200 : 404))
          wrong.push(`read ${code} as ${role}: ${read.statusCode}`);
        for (const [kind, csv] of recordFiles(code, i)) {
          const r = await importCsv(role, kind, csv);
          const expected = mayTouch(role, code) ? [] : ['2,refused,IMPORT_OUT_OF_SCOPE'];
          if (
            r.status !== 200 ||
            JSON.stringify(r.reasons.filter((x) => !x.includes('DUPLICATE'))) !==
              JSON.stringify(expected)
          )
            wrong.push(`${kind} for ${code} as ${role}: ${r.status} ${r.reasons.join(' | ')}`);
        }
      }
    expect(wrong).toEqual([]);
    // What was stored: Hà Nội's person got the rows of X's three staff, Hải Phòng's only Y's.
    const count = async (table: string, code: string) =>
      (
        await t.runtime.database.executeSql(
          `select count(*)::int as n from ${table} where bhxh_code = $1`,
          [code],
        )
      ).rows[0]!.n;
    for (const table of ['participation_periods', 'benefits', 'medical_visits']) {
      expect(await count(table, HN)).toBe(3);
      expect(await count(table, HP)).toBe(1);
    }
    expect(translate('IMPORT_OUT_OF_SCOPE', 'vi').toLowerCase()).toContain(
      'không thuộc phạm vi quản lý của cơ quan',
    );
  });

  it('writes directory rows (import, create, edit) of its own province only; administrators everywhere', async () => {
    const header =
      'code,name,kind,operator,province_code,commune_code,address,phone,opening_hours,latitude,longitude';
    const row = (code: string, province: string) =>
      `${code},Điểm thu ${code},Điểm thu,,${province},,Số 1,,,,`;
    const sup = await importCsv(
      'supervisor',
      'collection-points',
      `${header}\n${row('SC01', '01')}\n${row('SC31', '31')}`,
    );
    expect(sup.job).toMatchObject({ added: 1, refused: 1 });
    expect(sup.reasons).toEqual(['3,refused,IMPORT_OUT_OF_SCOPE']);
    const adm = await importCsv(
      'administrator',
      'collection-points',
      `${header}\n${row('SC31', '31')}`,
    );
    expect(adm.job).toMatchObject({ added: 1, refused: 0 });
    const officer = await t.app.inject({
      method: 'POST',
      url: '/api/admin/imports/collection-points',
      headers: { ...(await headersFor('officerX')), 'content-type': 'text/csv' },
      payload: `${header}\n${row('SC02', '01')}`,
    });
    expect(officer.statusCode).toBe(403);

    const r = await t.runtime.database.executeSql(
      "select id from collection_points where code = 'SC31'",
    );
    const id = r.rows[0]!.id as string;
    const values = (province: string) => ({
      values: {
        code: 'SC31',
        name: 'Điểm thu đổi tên',
        kind: 'Điểm thu',
        province_code: province,
        address: 'Số 2',
      },
    });
    const call = async (
      role: Role,
      method: 'GET' | 'PUT' | 'POST',
      url: string,
      payload?: object,
    ) =>
      (
        await t.app.inject({
          method,
          url,
          headers: await headersFor(role),
          ...(payload ? { payload } : {}),
        })
      ).statusCode;
    const entry = `/api/admin/directories/collection-points/${id}`;
    expect(await call('supervisor', 'GET', entry)).toBe(404);
    expect(await call('supervisor', 'PUT', entry, values('31'))).toBe(404);
    expect(await call('supervisor', 'PUT', entry, values('01'))).toBe(404); // no moving it in
    expect(
      await call('supervisor', 'POST', '/api/admin/directories/collection-points', {
        values: { ...values('31').values, code: 'SC32' },
      }),
    ).toBe(400);
    expect(await call('administrator', 'PUT', entry, values('31'))).toBe(200);
  });

  it('decides registration applications of its own agency only', async () => {
    const now = clock.now();
    const pending = async (agencyId: string, n: number) => {
      const [row] = await t.runtime.database.db
        .insert(registrations)
        .values({
          draftTokenHash: `h${n}`,
          status: 'pending',
          bhxhCode: `01000009${n}0`,
          fullName: 'Người Nộp Hồ Sơ',
          email: `nop${n}@example.com`,
          emailKey: `nop${n}@example.com`,
          agencyId,
          applicationNumber: `HS-TEST-${n}`,
          submittedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: registrations.id });
      return row!.id;
    };
    const inX = await pending(fx.agencyX, 1);
    const inY = await pending(fx.agencyY, 2);
    const decide = async (role: Role, id: string, what: 'approve' | 'reject') =>
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/admin/registrations/${id}/${what}`,
          headers: { ...(await headersFor(role)), 'x-forwarded-for': freshIp() },
          payload: what === 'reject' ? { reasonCode: 'other', note: 'Thiếu giấy tờ' } : {},
        })
      ).statusCode;
    for (const what of ['approve', 'reject'] as const) {
      expect(await decide('officerY', inX, what)).toBe(404);
      expect(await decide('officerX', inY, what)).toBe(404);
      expect(await decide('supervisor', inY, what)).toBe(404);
    }
    expect(await decide('officerX', inX, 'reject')).toBe(200);
    expect(await decide('officerY', inY, 'reject')).toBe(200);
  });
});
