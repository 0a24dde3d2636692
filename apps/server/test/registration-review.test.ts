import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { verifyPassword } from '../src/lib/passwords.ts';
import { sessionHeaders, type TestApp } from './helpers.ts';
import {
  applicantOf,
  captureOtps,
  newDraft,
  officer,
  put,
  register,
  registrationApp,
  student,
} from './registration-helpers.ts';
import { mailsOf } from './support/mailbox.ts';

const clock = new FakeClock('2026-11-26T02:00:00Z');
let t: TestApp;
let codes: Map<string, string>;
let hp: Record<string, string>;
let hn: Record<string, string>;
const apps: { id: string; number: string; email: string }[] = [];

beforeAll(async () => {
  t = await registrationApp({ clock });
  codes = captureOtps(t);
  // Three applications to Hải Phòng a day apart (the newest last), one typed without diacritics.
  for (const [i, name] of [
    [0, 'tran minh duc'],
    [1, undefined],
    [3, undefined],
  ] as const) {
    const s = { ...student(i), ...(name ? { fullName: name } : {}) };
    const { draft, submitted, email } = await register(t, codes, s);
    apps.push({ id: draft.id, number: submitted.applicationNumber, email });
    clock.advance(24 * 3600_000);
  }
});
afterAll(async () => t.close());
// Sessions follow the (fake) clock: sign the officers in again before each test.
beforeEach(async () => {
  hp = await officer(t, DEMO.officers.haiphong);
  hn = await officer(t, DEMO.officers.hanoi);
});

const get = (url: string, headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url, headers });
const decide = (
  id: string,
  action: string,
  headers: Record<string, string>,
  payload: object = {},
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/admin/registrations/${id}/${action}`,
    headers,
    payload,
  });
const audit = async (action: string, subjectId: string) =>
  (
    await t.runtime.database.executeSql(
      'select actor_role, agency_id, subject_bhxh_code from audit_log where action = $1 and subject_id = $2',
      [action, subjectId],
    )
  ).rows;
const outbox = async (template: string, to: string) =>
  (await mailsOf(t, template, to)).map((m) => m.text);

describe('GET /api/admin/registrations', () => {
  it('lists the officer’s own agency, newest first, and nothing to another agency', async () => {
    const r = await get('/api/admin/registrations', hp);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().items.map((i: { id: string }) => i.id)).toEqual(
      apps.map((a) => a.id).reverse(),
    );
    expect(r.json().total).toBe(3);
    const other = await get('/api/admin/registrations', hn);
    expect(other.json()).toMatchObject({ items: [], total: 0 });
  });

  it('filters by text without diacritics, by status, by date, and pages', async () => {
    const byName = await get('/api/admin/registrations?q=LAN%20ANH', hp);
    expect(byName.json().items.map((i: { bhxhCode: string }) => i.bhxhCode)).toEqual([
      '3123040102',
    ]);
    const byCode = await get('/api/admin/registrations?q=3123040104', hp);
    expect(byCode.json().total).toBe(1);
    const byDate = await get('/api/admin/registrations?from=2026-11-27&to=2026-11-27', hp);
    expect(byDate.json().items.map((i: { id: string }) => i.id)).toEqual([apps[1]!.id]);
    const page = await get('/api/admin/registrations?page=2&pageSize=2', hp);
    expect(page.json()).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.json().items).toHaveLength(1);
    const approved = await get('/api/admin/registrations?status=approved', hp);
    expect(approved.json().total).toBe(0);
  });

  it('is closed to citizens and to anonymous callers', async () => {
    expect((await get('/api/admin/registrations', {})).statusCode).toBe(401);
    const citizen = await t.runtime.database.executeSql(
      'select id from accounts where bhxh_code = $1',
      [DEMO.citizen.bhxhCode],
    );
    const h = await sessionHeaders(t, String(citizen.rows[0]!.id), 'citizen');
    expect((await get('/api/admin/registrations', h)).statusCode).toBe(401);
  });
});

describe('GET /api/admin/registrations/:id', () => {
  it('shows the data, photos, registry result and what differs from the records; audited', async () => {
    const r = await get(`/api/admin/registrations/${apps[0]!.id}`, hp);
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json();
    expect(d.applicant).toMatchObject({
      bhxhCode: '3123040101',
      // Typed "tran minh duc": stored in the records' spelling (issue 11).
      fullName: 'Trần Minh Đức',
      communeName: 'Phường Gia Viên',
      provinceName: 'Thành phố Hải Phòng',
    });
    expect(d.registry.result).toBe('match');
    expect(d.photos.map((p: { kind: string }) => p.kind)).toEqual(['portrait']);
    expect(d.differences).toEqual([]);
    expect(await audit('registration.view', apps[0]!.id)).toEqual([
      expect.objectContaining({ actor_role: 'officer', subject_bhxh_code: '3123040101' }),
    ]);
  });

  it('serves photos to the agency’s officers with attachment and nosniff (audited)', async () => {
    const r = await get(`/api/admin/registrations/${apps[0]!.id}/photos/portrait`, hp);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toMatch(/^attachment;/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(await audit('registration.view_photo', apps[0]!.id)).toHaveLength(1);
  });

  it('answers 404 to an officer of another agency: detail, photo, approve, reject', async () => {
    const id = apps[1]!.id;
    for (const r of [
      await get(`/api/admin/registrations/${id}`, hn),
      await get(`/api/admin/registrations/${id}/photos/portrait`, hn),
      await decide(id, 'approve', hn),
      await decide(id, 'reject', hn, { reasonCode: 'photo_unclear' }),
    ]) {
      expect(r.statusCode).toBe(404);
      expect(r.json().error.code).toBe('NOT_FOUND');
    }
    expect(await audit('registration.view', id)).toHaveLength(0);
  });
});

describe('"Duyệt" and "Từ chối"', () => {
  it('approves: creates the account and mails an ID and password that sign in', async () => {
    const a = apps[1]!;
    const r = await decide(a.id, 'approve', hp);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'approved' });
    const acc = await t.runtime.database.executeSql(
      'select kind, role, must_change_password, password_hash, email from accounts where bhxh_code = $1',
      ['3123040102'],
    );
    expect(acc.rows[0]).toMatchObject({
      kind: 'citizen',
      role: 'citizen',
      must_change_password: true,
      email: a.email,
    });
    const [mail] = await outbox('registration-approved', a.email);
    expect(mail).toContain('ID (mã số BHXH): 3123040102');
    const password = /Mật khẩu: (\S+)/.exec(mail!)![1]!;
    expect(await verifyPassword(String(acc.rows[0]!.password_hash), password)).toBe(true);
    expect(await audit('registration.approve', a.id)).toHaveLength(1);
    const second = await decide(a.id, 'approve', hp);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('DECISION_ALREADY_MADE');
    expect((await decide(a.id, 'reject', hp, { reasonCode: 'duplicate' })).statusCode).toBe(409);
  });

  it('refuses without a reason, or "Khác" without a note', async () => {
    const none = await decide(apps[2]!.id, 'reject', hp, {});
    expect(none.json().error.fields[0]).toMatchObject({
      field: 'reasonCode',
      code: 'REJECT_REASON_REQUIRED',
    });
    const other = await decide(apps[2]!.id, 'reject', hp, { reasonCode: 'other', note: ' ' });
    expect(other.json().error.fields[0]).toMatchObject({
      field: 'note',
      code: 'REJECT_NOTE_REQUIRED',
    });
  });

  it('rejects with a reason: mailed, shown on the status page, and the citizen may register again', async () => {
    const a = apps[2]!;
    const r = await decide(a.id, 'reject', hp, {
      reasonCode: 'photo_unclear',
      note: 'Ảnh chân dung bị mờ',
    });
    expect(r.statusCode, r.body).toBe(200);
    const [mail] = await outbox('registration-rejected', a.email);
    expect(mail).toContain('Lý do: Ảnh không rõ – Ảnh chân dung bị mờ');
    expect(mail).toContain('đăng ký lại');
    expect(await audit('registration.reject', a.id)).toHaveLength(1);

    const [submittedMail] = await outbox('registration-submitted', a.email);
    const token = /#t=([A-Za-z0-9_-]+)/.exec(submittedMail!)![1];
    const status = await t.app.inject({
      method: 'POST',
      url: '/api/registrations/status',
      payload: { bhxhCode: '3123040104', token },
    });
    expect(status.json()).toMatchObject({
      status: 'rejected',
      statusLabel: 'Bị từ chối',
      rejectReason: { code: 'photo_unclear', label: 'Ảnh không rõ', note: 'Ảnh chân dung bị mờ' },
    });

    const again = await newDraft(t);
    expect((await put(t, again, '/applicant', applicantOf(student(3)))).statusCode).toBe(200);
  });

  it('deletes a refused application’s photos 30 days after the refusal, not before', async () => {
    const a = apps[2]!;
    const photos = async () =>
      (
        await t.runtime.database.executeSql(
          'select file_key from registration_photos where registration_id = $1',
          [a.id],
        )
      ).rows.map((r) => String(r.file_key));
    const keys = await photos();
    expect(keys.length).toBeGreaterThan(0);
    clock.advance(29 * 24 * 3600_000);
    await t.runtime.services.registration.sweep.run();
    expect(await photos()).toEqual(keys);
    clock.advance(24 * 3600_000 + 1000);
    const swept = await t.runtime.services.registration.sweep.run();
    expect(swept.refusedFiles).toBe(keys.length);
    expect(await photos()).toEqual([]);
    const files = await t.runtime.database.executeSql(
      'select key from stored_files where key = any($1)',
      [keys],
    );
    expect(files.rows).toHaveLength(0);
    hp = await officer(t, DEMO.officers.haiphong);
    expect((await get(`/api/admin/registrations/${a.id}/photos/portrait`, hp)).statusCode).toBe(
      404,
    );
    // The approved application keeps its photos.
    const kept = await t.runtime.database.executeSql(
      'select count(*)::int as n from registration_photos where registration_id = $1',
      [apps[1]!.id],
    );
    expect(kept.rows[0]!.n).toBeGreaterThan(0);
  });
});

describe('two decisions at once', () => {
  it('lets exactly one win; the other gets 409 and nothing is half done', async () => {
    const { draft } = await register(t, codes, student(4));
    hp = await officer(t, DEMO.officers.haiphong);
    const other = await officer(t, DEMO.officers.haiphong);
    const [a, b] = await Promise.all([
      decide(draft.id, 'approve', hp),
      decide(draft.id, 'reject', other, { reasonCode: 'duplicate' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const row = await t.runtime.database.executeSql(
      'select status, account_id from registrations where id = $1',
      [draft.id],
    );
    const accounts = await t.runtime.database.executeSql(
      'select count(*)::int as n from accounts where bhxh_code = $1',
      [student(4).bhxhCode],
    );
    expect(accounts.rows[0]!.n).toBe(row.rows[0]!.status === 'approved' ? 1 : 0);
  });
});

describe('GET /api/admin/audit-log', () => {
  it('is for supervisors: views and decisions with who and when', async () => {
    hp = await officer(t, DEMO.officers.haiphong);
    expect((await get('/api/admin/audit-log', hp)).statusCode).toBe(403);
    const agency = await t.runtime.database.executeSql(
      "select id from agencies where code = '031'",
    );
    const sup = await t.runtime.database.executeSql(
      `insert into accounts (kind, role, username, agency_id, display_name, password_hash, must_change_password)
       values ('staff', 'supervisor', 'hp.supervisor.test', $1, 'Lãnh đạo – BHXH TP Hải Phòng', 'x', false) returning id`,
      [agency.rows[0]!.id],
    );
    const h = await sessionHeaders(t, String(sup.rows[0]!.id), 'staff');
    const r = await get(`/api/admin/audit-log?subjectId=${apps[1]!.id}`, h);
    expect(r.statusCode, r.body).toBe(200);
    const actions = r.json().items.map((i: { action: string }) => i.action);
    expect(actions).toContain('registration.approve');
    expect(r.json().items[0].actor).toBe('Cán bộ tiếp nhận – BHXH TP Hải Phòng');
  });
});
