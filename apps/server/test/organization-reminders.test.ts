import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { DEMO_FACULTY } from '../src/db/seed/demo-organization.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { organizationRepository } from '../src/repositories/organization.repository.ts';
import { organizationRemindersRepository } from '../src/repositories/organization-reminders.repository.ts';
import { endOfVnDay, signDriveToken } from '../src/services/organization/reminder-token.ts';
import { remindersService } from '../src/services/organization/reminders.service.ts';
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
 * "Gửi nhắc nhở" and the drive's signed links (issue 13): the personal link prefills only its
 * own roster row and dies at the deadline; one reminder per student per Vietnam day; approved
 * students are never reminded; the faculty and organization scopes; every send audited.
 */
const clock = new FakeClock('2026-11-26T02:00:00Z');
let t: TestApp;
let codes: Map<string, string>;
let unit: Record<string, string>;
let faculty: Record<string, string>;
let other: Record<string, string>;
let driveId: string;
let otherDriveId: string;
const mails: { to: string; link: string; fullName: string }[] = [];

const KT = 'Khoa Kinh tế';
const ROSTER = [
  'Mã sinh viên,Họ và tên,Ngày sinh,Khoa,Lớp,Mã số BHXH,Email,Số điện thoại',
  `SV001,Trần Minh Đức,17/04/2005,${DEMO_FACULTY},CNT64DH1,3123040101,duc@example.com,`,
  `SV002,Nguyễn Thị Lan Anh,02/09/2006,${KT},KTB64DH,3123040102,lananh@example.com,`,
  `SV003,Phạm Quang Huy,25/12/2004,${DEMO_FACULTY},CNT64DH2,,huy@example.com,`,
  `SV004,vu ngoc anh,30/01/2005,${DEMO_FACULTY},CNT64DH1,3123040104,anh@example.com,`,
  `SV005,Đặng Hoàng Nam,11/06/2006,${KT},KTB64DH,3123040105,,`,
  `SV006,Hoàng Thu Trang,08/11/2005,${DEMO_FACULTY},CNT64DH1,3123040106,trang@example.com,`,
].join('\n');

const sql = (q: string, v?: unknown[]) => t.runtime.database.executeSql(q, v);
const idOf = (username: string) => accountIdOf(t, username);
const remind = (id: string, payload: object, headers: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: `/api/admin/org/drives/${id}/reminders`, headers, payload });
const prefill = (token: string) =>
  t.app.inject({ method: 'POST', url: '/api/drive-links/prefill', payload: { token } });
const tokenOf = (link: string) => decodeURIComponent(new URL(link).searchParams.get('nhac')!);
const rowId = async (code: string) =>
  String(
    (
      await sql('select id from roster_rows where drive_id = $1 and student_code = $2', [
        driveId,
        code,
      ])
    ).rows[0]!.id,
  );

beforeAll(async () => {
  t = await registrationApp({ clock });
  codes = captureOtps(t);
  // The reminder mails as written to the outbox (their content is sealed there).
  const mail = t.runtime.mail;
  const send = mail.send.bind(mail);
  mail.send = (async (template: string, to: string, data: never, att?: never) => {
    if (template === 'drive-reminder') {
      const d = data as { link: string; fullName: string };
      mails.push({ to, link: d.link, fullName: d.fullName });
    }
    return send(template as never, to, data, att);
  }) as typeof mail.send;
  ({ driveId, otherDriveId } = await organizationFixture(t));
  const u = await sessionHeaders(t, await idOf('vmu.donvi'), 'staff');
  const r = await t.app.inject({
    method: 'POST',
    url: `/api/admin/org/drives/${driveId}/roster`,
    headers: { ...u, 'content-type': 'text/csv' },
    payload: ROSTER,
  });
  expect(r.json()).toMatchObject({ status: 'done', rowsAdded: 6, rowsRefused: 0 });
});
afterAll(async () => t.close());
beforeEach(async () => {
  ({ unit, faculty, other } = await organizationSessions(t));
});

describe('Gửi nhắc nhở', () => {
  it('reminds the "Chưa đăng ký" of one lớp, once a day, never the approved', async () => {
    // SV001 registers and is approved: never reminded.
    const duc = await register(t, codes, student(0));
    const hp = await officer(t, DEMO.officers.haiphong);
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/admin/registrations/${duc.draft.id}/approve`,
      headers: hp,
      payload: {},
    });
    expect(ok.statusCode, ok.body).toBe(200);

    const first = await remind(
      driveId,
      { filter: { status: 'not_registered', className: 'CNT64DH1' } },
      unit,
    );
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ sent: 2, skippedToday: 0, message: 'Đã gửi 2' });
    expect(mails.map((m) => m.to).sort()).toEqual(['anh@example.com', 'trang@example.com']);
    const outbox = await sql(
      `select count(*)::int as n from mail_outbox where template = 'drive-reminder'`,
    );
    expect(outbox.rows[0]!.n).toBe(2);

    // The whole lớp, picked by hand, the same day: the two are skipped, SV001 is approved.
    const again = await remind(driveId, { studentCodes: ['SV001', 'SV004', 'SV006'] }, unit);
    expect(again.json()).toMatchObject({
      sent: 0,
      skippedToday: 2,
      skippedApproved: 1,
      message: 'Đã gửi 0, bỏ qua 2 đã nhắc hôm nay, bỏ qua 1 đã được duyệt',
    });
    // The list shows when.
    const list = (
      await t.app.inject({
        method: 'GET',
        url: `/api/admin/org/drives/${driveId}/students?className=CNT64DH1`,
        headers: unit,
      })
    ).json();
    const shown = Object.fromEntries(
      list.items.map((s: { studentCode: string; remindedAt: string | null }) => [
        s.studentCode,
        s.remindedAt,
      ]),
    );
    expect(shown).toEqual({
      SV001: null,
      SV004: clock.now().toISOString(),
      SV006: clock.now().toISOString(),
    });

    // The next Vietnam day (17:00 UTC is midnight in Hà Nội) they may be reminded again.
    clock.advance(15 * 3600_000);
    unit = await sessionHeaders(t, await idOf('vmu.donvi'), 'staff');
    const next = await remind(driveId, { studentCodes: ['SV004'] }, unit);
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json()).toMatchObject({ sent: 1, skippedToday: 0 });
    const audits = await sql(
      `select detail from audit_log where action = 'org.reminders.send' order by at`,
    );
    expect(audits.rows).toHaveLength(3);
    expect((audits.rows[0]!.detail as { studentCodes: string[] }).studentCodes.sort()).toEqual([
      'SV004',
      'SV006',
    ]);
  });

  it('skips a student without email and counts them', async () => {
    const r = await remind(driveId, { studentCodes: ['SV005'] }, unit);
    expect(r.json()).toMatchObject({
      sent: 0,
      skippedNoEmail: 1,
      message: 'Đã gửi 0, 1 không có email',
    });
  });

  it('keeps a Cán bộ khoa to their faculty and another organization out (404)', async () => {
    const before = mails.length;
    // SV002 is of Khoa Kinh tế: for the CNTT staff that student does not exist.
    const r = await remind(driveId, { studentCodes: ['SV002'] }, faculty);
    expect(r.json()).toMatchObject({ sent: 0, skippedToday: 0, skippedNoEmail: 0 });
    const byFilter = await remind(
      driveId,
      { filter: { faculty: KT, className: 'CNT64DH2' } },
      faculty,
    );
    expect(byFilter.json().sent).toBe(1); // their own faculty's SV003, whatever faculty is asked
    expect(mails.slice(before).map((m) => m.to)).toEqual(['huy@example.com']);
    expect((await remind(driveId, { studentCodes: ['SV002'] }, other)).statusCode).toBe(404);
    expect((await remind(otherDriveId, { studentCodes: ['SV002'] }, unit)).statusCode).toBe(404);
    const hp = await officer(t, DEMO.officers.haiphong);
    expect((await remind(driveId, { studentCodes: ['SV002'] }, hp)).statusCode).toBe(403);
    expect((await remind(driveId, { studentCodes: ['SV002'] }, {})).statusCode).toBe(401);
    expect((await remind(driveId, {}, unit)).statusCode).toBe(400);
  });

  it('throttles a drive to its limit per minute; the rest waits', async () => {
    const svc = remindersService({
      repo: organizationRemindersRepository(t.runtime.database.db),
      org: t.runtime.services.organization,
      orgRepo: organizationRepository(t.runtime.database.db),
      audit: {
        record: async () => undefined,
      } as never,
      mail: t.runtime.mail,
      uow: t.runtime.uow,
      clock,
      hmacKey: t.runtime.secrets.hmacKey,
      publicUrl: 'http://localhost',
      openRegistration: async () => ({ id: 'unused' }),
      perMinute: 1,
    });
    clock.advance(24 * 3600_000);
    const auth = {
      kind: 'staff',
      stage: 'full',
      role: 'org_unit',
      accountId: await idOf('vmu.donvi'),
    };
    const r = await svc.remind(auth as never, driveId, { studentCodes: ['SV003', 'SV004'] });
    expect(r).toMatchObject({ sent: 1, deferred: 1 });
    expect(r.message).toContain('1 chưa gửi');
    clock.advance(61_000);
    expect(
      await svc.remind(auth as never, driveId, { studentCodes: ['SV003', 'SV004'] }),
    ).toMatchObject({ sent: 1, skippedToday: 1, deferred: 0 });
  });
});

describe('the reminder link', () => {
  it('prefills its own row: code and name, nothing else', async () => {
    const m = mails.find((x) => x.to === 'anh@example.com')!;
    expect(m.link).toMatch(/\/dang-ky\?nhac=/);
    const r = await prefill(tokenOf(m.link));
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ bhxhCode: '3123040104', fullName: 'vu ngoc anh' });
    // SV003's code was found by name + birth date, not given by the school: not in the link.
    const huy = mails.find((x) => x.to === 'huy@example.com')!;
    expect((await prefill(tokenOf(huy.link))).json()).toEqual({
      bhxhCode: null,
      fullName: 'Phạm Quang Huy',
    });
  });

  it("never yields another student's data, whatever is altered", async () => {
    const a = tokenOf(mails.find((x) => x.to === 'anh@example.com')!.link);
    const [kind, id, exp, sig] = a.split('.') as [string, string, string, string];
    const b = await rowId('SV006');
    const altered = [
      `${kind}.${b}.${exp}.${sig}`, // another row, A's signature
      `${kind}.${id}.${Number(exp) + 86400}.${sig}`, // a later expiry
      `${kind}.${id}.${exp}.${sig.slice(0, -1)}${sig.endsWith('0') ? '1' : '0'}`,
      `d1.${id}.${exp}.${sig}`, // another kind
      `${kind}.${id}.${exp}`,
      'r1.not-a-uuid.1.00',
      '',
    ];
    for (const x of altered) {
      const r = await prefill(x);
      expect(r.statusCode, x).toBe(400);
      expect(r.body).not.toContain('Hoàng Thu Trang');
      expect(r.body).not.toContain('3123040106');
    }
    expect((await prefill(altered[0]!)).json().error).toMatchObject({
      code: 'LINK_INVALID',
      message: 'Liên kết đăng ký không hợp lệ. Hãy tự điền thông tin bên dưới.',
    });
    // A well-signed link of an unknown row (another server's row id): invalid too.
    const forged = signDriveToken(
      t.runtime.secrets.hmacKey,
      'r1',
      '00000000-0000-4000-8000-000000000000',
      endOfVnDay('2026-12-31'),
    );
    expect((await prefill(forged)).statusCode).toBe(400);
  });

  it('expires at the end of the deadline day (Vietnam time)', async () => {
    const deadline = String(
      (await sql('select deadline::text as d from registration_drives where id = $1', [driveId]))
        .rows[0]!.d,
    );
    const token = tokenOf(mails.find((x) => x.to === 'trang@example.com')!.link);
    const saved = clock.now();
    clock.set(new Date(`${deadline}T23:59:00+07:00`));
    expect((await prefill(token)).statusCode).toBe(200);
    clock.set(new Date(new Date(`${deadline}T23:59:59+07:00`).getTime() + 2000));
    const r = await prefill(token);
    expect(r.statusCode).toBe(410);
    expect(r.json().error).toMatchObject({
      code: 'LINK_EXPIRED',
      message: 'Liên kết đăng ký đã hết hạn. Hãy tự điền thông tin bên dưới.',
    });
    clock.set(saved);
  });
});

describe('In áp phích', () => {
  it('gives the drive, its deadline and a QR code of /dang-ky with the drive token', async () => {
    const r = await t.app.inject({
      method: 'GET',
      url: `/api/admin/org/drives/${driveId}/poster`,
      headers: faculty,
    });
    expect(r.statusCode, r.body).toBe(200);
    const p = r.json();
    expect(p.url).toMatch(/\/dang-ky\?dot=d1\./);
    expect(p.qrSvg).toMatch(/^<svg/);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/admin/org/drives/${driveId}/poster`,
          headers: other,
        })
      ).statusCode,
    ).toBe(404);
    // The poster's link names the drive and ties a registration to it (the first drive only).
    const token = decodeURIComponent(new URL(p.url).searchParams.get('dot')!);
    const draft = await register(t, codes, student(4));
    const posterLink = (h: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/drive-links/poster',
        headers: h,
        payload: { token, draftId: draft.draft.id },
      });
    // Only the draft's holder ties it: without its token, as unknown as any other id.
    expect((await posterLink({ 'x-draft-token': 'nope' })).statusCode).toBe(404);
    const link = await posterLink(draft.draft.h);
    expect(link.statusCode, link.body).toBe(200);
    expect(link.json()).toEqual({ drive: { name: p.drive.name } });
    const linked = await sql(
      'select drive_id from registration_drive_links where registration_id = $1',
      [draft.draft.id],
    );
    expect(linked.rows[0]!.drive_id).toBe(driveId);
    // A reminder token is not a poster token.
    const rt = tokenOf(mails[0]!.link);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/drive-links/poster',
          payload: { token: rt },
        })
      ).statusCode,
    ).toBe(400);
    expect(await sql(`select 1 from audit_log where action = 'org.poster.view'`)).toMatchObject({
      rows: [{}],
    });
  });
});
