import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { FakeClock } from '../src/lib/clock.ts';
import type { TestApp } from './helpers.ts';
import {
  applicantOf,
  captureOtps,
  newDraft,
  picture,
  put,
  register,
  registrationApp,
  student,
  upload,
} from './registration-helpers.ts';

const clock = new FakeClock('2026-11-26T02:00:00Z');
let t: TestApp;
let codes: Map<string, string>;
beforeAll(async () => {
  // The real per-IP limits (10 a minute, 100 a day); each test uses its own IP.
  t = await registrationApp({
    clock,
    env: { REGISTRATION_CHECKS_PER_MINUTE: '10', REGISTRATION_CHECKS_PER_DAY: '100' },
  });
  codes = captureOtps(t);
});
afterAll(async () => t.close());

const fieldCodes = (body: string) =>
  Object.fromEntries(
    (JSON.parse(body).error.fields ?? []).map((f: { field: string; code: string }) => [
      f.field,
      f.code,
    ]),
  );

describe('PUT /api/registrations/:id/applicant', () => {
  it('accepts a student, stores the records’ spelling of the name, and says the registry verified them', async () => {
    const d = await newDraft(t, '198.51.100.10');
    const s = student(1);
    const r = await put(t, d, '/applicant', {
      ...applicantOf(s),
      fullName: '  nguyễn   THỊ lan anh ',
    });
    expect(r.statusCode, r.body).toBe(200);
    const draft = r.json();
    expect(draft.applicantVerified).toBe(true);
    expect(draft.verified).toBe(true);
    expect(draft.requiredPhotos).toEqual(['portrait']);
    // The same name up to case and spacing: the records' spelling is what counts (issue 11).
    expect(draft.answers.fullName).toBe('Nguyễn Thị Lan Anh');
  });

  it('refuses an unknown BHXH code at its field', async () => {
    const d = await newDraft(t, '198.51.100.11');
    const r = await put(t, d, '/applicant', { ...applicantOf(student(0)), bhxhCode: '3199999999' });
    expect(r.statusCode).toBe(422);
    expect(fieldCodes(r.body)).toEqual({ bhxhCode: 'BHXH_CODE_NOT_FOUND' });
  });

  it('refuses a name that does not match the record, without revealing the record', async () => {
    const d = await newDraft(t, '198.51.100.12');
    const s = student(0);
    const r = await put(t, d, '/applicant', { ...applicantOf(s), fullName: 'Trần Minh Đạt' });
    expect(r.statusCode).toBe(422);
    expect(fieldCodes(r.body)).toEqual({ fullName: 'NAME_MISMATCH' });
    expect(r.body).not.toContain('Đức');
    expect(r.body).not.toContain(s.birthDate);
  });

  it('lists every bad field with its own code (format, phone, CCCD birth year)', async () => {
    const d = await newDraft(t, '198.51.100.13');
    const r = await put(t, d, '/applicant', {
      ...applicantOf(student(0)),
      bhxhCode: '31230401',
      phone: '02437236556',
      street: ' ',
    });
    expect(r.statusCode).toBe(400);
    expect(fieldCodes(r.body)).toEqual({
      bhxhCode: 'BHXH_CODE_LENGTH',
      phone: 'MOBILE_LANDLINE',
      street: 'STREET_REQUIRED',
    });
    const year = await put(t, d, '/applicant', {
      ...applicantOf(student(0)),
      birthDate: '2003-04-17',
    });
    expect(fieldCodes(year.body)).toEqual({ idNumber: 'CCCD_BIRTH_YEAR_MISMATCH' });
  });

  it('refuses a commune of another province', async () => {
    const d = await newDraft(t, '198.51.100.14');
    const r = await put(t, d, '/applicant', { ...applicantOf(student(0)), communeCode: '00070' });
    expect(r.statusCode).toBe(422);
    expect(fieldCodes(r.body)).toEqual({ communeCode: 'COMMUNE_NOT_IN_PROVINCE' });
  });

  it('says an account already exists for a code that has one', async () => {
    const d = await newDraft(t, '198.51.100.15');
    const r = await put(t, d, '/applicant', {
      ...applicantOf(student(0)),
      bhxhCode: DEMO.citizen.bhxhCode,
      fullName: DEMO.citizen.fullName,
      idNumber: '001188012345',
      birthDate: '1988-03-12',
    });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('ACCOUNT_EXISTS');
    expect(r.json().error.message).toContain('Quên mật khẩu');
  });

  it('says an application already exists while one is pending for the code', async () => {
    await register(t, codes, student(2), { email: 'huy@example.com' });
    const d = await newDraft(t, '198.51.100.16');
    const r = await put(t, d, '/applicant', applicantOf(student(2)));
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('APPLICATION_EXISTS');
  });

  it('limits record checks to 10 a minute per IP (429), other IPs unaffected', async () => {
    const d = await newDraft(t, '203.0.113.50');
    const bad = { ...applicantOf(student(0)), fullName: 'Người Khác' };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await put(t, d, '/applicant', bad)).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true);
    expect(statuses[10]).toBe(429);
    const limited = await put(t, d, '/applicant', bad);
    expect(limited.json().error.code).toBe('REGISTRATION_RATE_LIMITED');
    expect(limited.headers['retry-after']).toBeDefined();
    const other = await newDraft(t, '203.0.113.51');
    expect((await put(t, other, '/applicant', bad)).statusCode).toBe(422);
    clock.advance(60_000);
  });
});

describe('the draft on the server', () => {
  it('keeps everything typed, a refused field and the photos, across a reload (GET)', async () => {
    const d = await newDraft(t, '198.51.100.20');
    const typed = { ...applicantOf(student(3)), fullName: 'Vũ Ngọc Anh Thư' };
    expect((await put(t, d, '/applicant', typed)).statusCode).toBe(422);
    await put(t, d, '/consent', { accepted: true });
    expect((await upload(t, d, 'portrait', await picture())).statusCode).toBe(200);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/registrations/${d.id}`,
      headers: d.h,
      payload: { email: 'anh@example.com' },
    });
    const r = await t.app.inject({
      method: 'GET',
      url: `/api/registrations/${d.id}`,
      headers: d.h,
    });
    expect(r.statusCode).toBe(200);
    const draft = r.json();
    expect(draft.answers).toMatchObject({ ...typed, email: 'anh@example.com' });
    expect(draft.applicantVerified).toBe(false);
    expect(draft.consentAt).toBe(clock.now().toISOString());
    expect(draft.photos.portrait).toMatchObject({ kind: 'portrait', contentType: 'image/jpeg' });
    expect(draft.missing).toEqual(['applicant', 'id_front', 'id_back', 'agencyId']);
  });

  it('asks for step 1–2 again after an autosave changes it', async () => {
    const d = await newDraft(t, '198.51.100.21');
    expect((await put(t, d, '/applicant', applicantOf(student(3)))).json().applicantVerified).toBe(
      true,
    );
    const r = await t.app.inject({
      method: 'PATCH',
      url: `/api/registrations/${d.id}`,
      headers: d.h,
      payload: { phone: '0987000000' },
    });
    expect(r.json().applicantVerified).toBe(false);
    expect(r.json().answers.phone).toBe('0987000000');
  });

  it('answers 404 to a wrong token, exactly like an unknown id', async () => {
    const d = await newDraft(t, '198.51.100.22');
    const wrong = await t.app.inject({
      method: 'GET',
      url: `/api/registrations/${d.id}`,
      headers: { 'x-draft-token': 'x'.repeat(43) },
    });
    const none = await t.app.inject({ method: 'GET', url: `/api/registrations/${d.id}` });
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/registrations/00000000-0000-0000-0000-000000000000',
      headers: d.h,
    });
    for (const r of [wrong, none, unknown]) {
      expect(r.statusCode).toBe(404);
      expect(r.json().error.code).toBe('DRAFT_NOT_FOUND');
    }
  });

  it('forgets a draft and its photos 7 days after its last change', async () => {
    const d = await newDraft(t, '198.51.100.23');
    await put(t, d, '/consent', { accepted: true });
    await upload(t, d, 'portrait', await picture());
    const files = async () =>
      Number(
        (await t.runtime.database.executeSql('select count(*)::int as n from stored_files'))
          .rows[0]!.n,
      );
    const before = await files();
    clock.advance(7 * 24 * 3600_000 - 60_000);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/registrations/${d.id}`, headers: d.h }))
        .statusCode,
    ).toBe(200);
    clock.advance(2 * 60_000);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/registrations/${d.id}`, headers: d.h }))
        .statusCode,
    ).toBe(404);
    const swept = await t.runtime.services.registration.sweep.run();
    expect(swept.drafts).toBeGreaterThanOrEqual(1);
    expect(await files()).toBeLessThan(before);
    const row = await t.runtime.database.executeSql('select id from registrations where id = $1', [
      d.id,
    ]);
    expect(row.rows).toHaveLength(0);
  });
});
