import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { seedDemoDirectories } from '../src/db/seed/demo-directories.ts';
import { FakeClock } from '../src/lib/clock.ts';
import type { TestApp } from './helpers.ts';
import { pdfText } from './pdf-text.ts';
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

// Issue 11, points 2, 3 and 7: the code and name checked on step 1, a name typed without
// diacritics stored in the records' spelling, and the provincial agency first in every search.
const clock = new FakeClock('2026-11-26T02:00:00Z');
let t: TestApp;
let codes: Map<string, string>;
let provinces: { code: string; name: string; shortName: string }[];

beforeAll(async () => {
  t = await registrationApp({
    clock,
    env: { REGISTRATION_CHECKS_PER_MINUTE: '10', REGISTRATION_CHECKS_PER_DAY: '100' },
  });
  codes = captureOtps(t);
  // The demo directories (300 agencies: 34 provincial, the rest base agencies).
  await seedDemoDirectories(t.runtime.database, {
    agencies: 300,
    facilities: 40,
    employers: 40,
    collectionPoints: 40,
  });
  provinces = (
    await t.runtime.database.executeSql(
      'select code, name, short_name as "shortName" from provinces order by code',
    )
  ).rows as typeof provinces;
}, 120_000);
afterAll(async () => t?.close());

const identityOf = (s: ReturnType<typeof student>) => ({
  bhxhCode: s.bhxhCode,
  fullName: s.fullName,
  idNumber: s.idNumber,
  birthDate: s.birthDate,
});
const fields = (body: string) =>
  Object.fromEntries(
    (JSON.parse(body).error.fields ?? []).map((f: { field: string; code: string }) => [
      f.field,
      f.code,
    ]),
  );
const TRANG = student(5); // Hoàng Thu Trang, 3123040106, CMND

describe('PUT /api/registrations/:id/identity (step 1 "Tiếp tục")', () => {
  it('refuses a code that already has an account, at the code field, before any address', async () => {
    const d = await newDraft(t, '198.51.100.40');
    const r = await put(t, d, '/identity', {
      bhxhCode: DEMO.citizen.bhxhCode,
      fullName: DEMO.citizen.fullName,
      idNumber: '001188012345',
      birthDate: '1988-03-12',
    });
    expect(r.statusCode, r.body).toBe(409);
    expect(fields(r.body)).toEqual({ bhxhCode: 'ACCOUNT_EXISTS' });
    expect(r.json().error.message).toContain('Mã số BHXH này đã có tài khoản VssID');
  });

  it('refuses a name that does not match the code, at the name field, revealing nothing', async () => {
    const d = await newDraft(t, '198.51.100.41');
    const r = await put(t, d, '/identity', { ...identityOf(TRANG), fullName: 'Hoàng Thu Hà' });
    expect(r.statusCode, r.body).toBe(422);
    expect(fields(r.body)).toEqual({ fullName: 'NAME_MISMATCH' });
    expect(r.body).not.toContain('Trang');
    // Kept as typed: going back to the field loses nothing.
    const saved = await t.app.inject({
      method: 'GET',
      url: `/api/registrations/${d.id}`,
      headers: d.h,
    });
    expect(saved.json().answers.fullName).toBe('Hoàng Thu Hà');
  });

  it('refuses an unknown code and a malformed one at the code field', async () => {
    const d = await newDraft(t, '198.51.100.42');
    const unknown = await put(t, d, '/identity', { ...identityOf(TRANG), bhxhCode: '3199999999' });
    expect(unknown.statusCode).toBe(422);
    expect(fields(unknown.body)).toEqual({ bhxhCode: 'BHXH_CODE_NOT_FOUND' });
    const malformed = await put(t, d, '/identity', { ...identityOf(TRANG), bhxhCode: '31230' });
    expect(malformed.statusCode).toBe(400);
    expect(Object.keys(fields(malformed.body))).toEqual(['bhxhCode']);
  });

  it('says a pending application exists for the code', async () => {
    await register(t, codes, student(2), { email: 'huy.identity@example.com' });
    const d = await newDraft(t, '198.51.100.43');
    const r = await put(t, d, '/identity', identityOf(student(2)));
    expect(r.statusCode).toBe(409);
    expect(fields(r.body)).toEqual({ bhxhCode: 'APPLICATION_EXISTS' });
  });

  it('offers the records’ spelling only for a name equal up to diacritics, case and spacing', async () => {
    const d = await newDraft(t, '198.51.100.44');
    const plain = await put(t, d, '/identity', {
      ...identityOf(TRANG),
      fullName: '  hoang   thu TRANG ',
    });
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.json().recordName).toBe('Hoàng Thu Trang');
    const exact = await put(t, d, '/identity', identityOf(TRANG));
    expect(exact.statusCode).toBe(200);
    expect(exact.json().recordName).toBeNull();
  });

  it('shares the per-IP limit of the step 2 check: step 1 opens no extra guesses', async () => {
    const d = await newDraft(t, '203.0.113.60');
    const wrong = { ...identityOf(TRANG), fullName: 'Người Khác' };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await put(t, d, '/identity', wrong)).statusCode);
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await put(t, d, '/applicant', { ...applicantOf(TRANG), fullName: 'Người Khác' }))
          .statusCode,
      );
    expect(statuses).toEqual(Array(10).fill(422));
    const limited = await put(t, d, '/identity', wrong);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('REGISTRATION_RATE_LIMITED');
    clock.advance(60_000);
  });
});

describe('a name typed without diacritics', () => {
  it('is stored, mailed, declared and shown to the officer in the records’ spelling', async () => {
    const email = 'trang.identity@example.com';
    const { draft, submitted } = await register(
      t,
      codes,
      { ...TRANG, fullName: 'hoang thu trang' },
      { email },
    );
    const saved = await t.app.inject({
      method: 'GET',
      url: `/api/registrations/${draft.id}`,
      headers: draft.h,
    });
    expect(saved.json().answers.fullName).toBe('Hoàng Thu Trang');

    const [otpMail] = await mailsOf(t, 'registration-otp', email);
    expect(otpMail!.text).toContain('Xin chào Hoàng Thu Trang');
    expect(otpMail!.text).not.toContain('hoang thu trang');
    const [mail] = await mailsOf(t, 'registration-submitted', email);
    expect(mail!.text).toContain('Hoàng Thu Trang');
    expect(mail!.text).not.toContain('hoang thu trang');
    const { text } = await pdfText(mail!.attachments[0]!.content);
    expect(text).toContain('Họ và tên: Hoàng Thu Trang');
    expect(text).not.toContain('hoang thu trang');

    const hp = await officer(t, DEMO.officers.haiphong);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/admin/registrations?q=3123040106',
      headers: hp,
    });
    const id = list
      .json()
      .items.find(
        (i: { applicationNumber: string }) => i.applicationNumber === submitted.applicationNumber,
      ).id;
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/admin/registrations/${id}`,
      headers: hp,
    });
    expect(detail.json().applicant.fullName).toBe('Hoàng Thu Trang');
    expect(detail.json().differences).not.toContainEqual(
      expect.objectContaining({ field: 'fullName' }),
    );
  });
});

describe('agency searches: the provincial agency first, for every province', () => {
  const first = (items: { code: string }[]) => items[0]?.code;

  it('"Tra cứu cơ quan bảo hiểm" ranks the province’s own agency first for its name', async () => {
    const wrongs: string[] = [];
    for (const [i, p] of provinces.entries()) {
      for (const q of [p.shortName, p.name, `BHXH ${p.shortName}`]) {
        const r = await t.app.inject({
          method: 'GET',
          url: `/api/lookups/agencies?q=${encodeURIComponent(q)}`,
          headers: { 'x-forwarded-for': `198.18.${i}.${q.length}` },
        });
        expect(r.statusCode, r.body).toBe(200);
        const items = r.json().items as {
          code: string;
          kind: string;
          province: { code: string };
        }[];
        const top = items[0];
        // Then the province's base agencies, before any agency elsewhere whose address merely
        // has the word (a "Nguyễn Huệ" street is not Huế).
        const own = items.filter((a) => a.province.code === p.code).length;
        const prefix = items.slice(0, own).every((a) => a.province.code === p.code);
        if (top?.kind !== 'province' || top.province.code !== p.code || !prefix)
          wrongs.push(`${q}: ${items.map((a) => a.code).join(',')}`);
      }
    }
    expect(wrongs).toEqual([]);
  });

  it('"Tra cứu cơ quan bảo hiểm" filtered by a province lists its provincial agency first', async () => {
    const wrongs: string[] = [];
    for (const [i, p] of provinces.entries()) {
      const r = await t.app.inject({
        method: 'GET',
        url: `/api/lookups/agencies?provinceCode=${p.code}`,
        headers: { 'x-forwarded-for': `198.18.${i}.200` },
      });
      expect(r.statusCode, r.body).toBe(200);
      const items = r.json().items as { code: string; kind: string }[];
      if (items[0]?.code !== `0${p.code}` || items.slice(1).some((a) => a.kind === 'province'))
        wrongs.push(`${p.code}: ${items.map((a) => a.code).join(',')}`);
    }
    expect(wrongs).toEqual([]);
  });

  it('the registration’s agency list does too, whatever province the applicant chose', async () => {
    const wrongs: string[] = [];
    for (const p of provinces) {
      const other = p.code === '31' ? '01' : '31';
      for (const q of [p.shortName, p.name]) {
        const r = await t.app.inject({
          method: 'GET',
          url: `/api/agencies?q=${encodeURIComponent(q)}&provinceCode=${other}`,
        });
        expect(r.statusCode, r.body).toBe(200);
        const items = r.json().items as { code: string; provinceCode: string }[];
        if (first(items) !== `0${p.code}`)
          wrongs.push(`${q}: ${items.map((a) => a.code).join(',')}`);
      }
      // No search: the applicant's province, its provincial agency first.
      const own = await t.app.inject({
        method: 'GET',
        url: `/api/agencies?provinceCode=${p.code}`,
      });
      const items = own.json().items as { code: string; provinceCode: string }[];
      if (first(items) !== `0${p.code}`) wrongs.push(`(none) in ${p.code}: ${first(items)}`);
      const count = items.filter((a) => a.provinceCode === p.code).length;
      expect(items.slice(0, count).every((a) => a.provinceCode === p.code)).toBe(true);
    }
    expect(wrongs).toEqual([]);
  });

  it('"Hải Phòng" finds BHXH TP Hải Phòng first among the city’s agencies', async () => {
    const r = await t.app.inject({
      method: 'GET',
      url: `/api/lookups/agencies?q=${encodeURIComponent('Hải Phòng')}`,
      headers: { 'x-forwarded-for': '198.19.0.1' },
    });
    const names = (r.json().items as { name: string }[]).map((a) => a.name);
    expect(names.length).toBeGreaterThan(5);
    expect(names[0]).toBe('BHXH TP Hải Phòng');
  });
});
