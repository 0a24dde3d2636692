import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers.ts';
import {
  asSession,
  citizenLogin,
  lastMail,
  PASSWORD,
  PEOPLE,
  seedAuthFixture,
} from './support/auth-fixture.ts';

const clock = new FakeClock();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock, workers: false });
  await seedAuthFixture(t);
});
afterAll(async () => t.close());

const A = PEOPLE.citizenA;
let current = PASSWORD;
let session: Awaited<ReturnType<typeof citizenLogin>>;
beforeEach(async () => {
  session = await citizenLogin(t, A.bhxhCode, current);
  expect(session.statusCode).toBe(200);
});

const change = (newPassword: string, currentPassword = current) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/password',
    headers: asSession(session),
    payload: { currentPassword, newPassword },
  });
const fieldCode = (res: Awaited<ReturnType<typeof change>>) => {
  const f = res.json().error.fields[0];
  return `${f.field}:${f.code}`;
};

describe('POST /api/auth/password — the new-password rules', () => {
  it.each([
    ['11 characters', 'ngắn quá nè', 'PASSWORD_TOO_SHORT'],
    [
      '11 characters written decomposed (NFD)',
      'ngắn quá nè'.normalize('NFD'),
      'PASSWORD_TOO_SHORT',
    ],
    ['257 bytes', 'a'.repeat(257), 'PASSWORD_TOO_LONG'],
    ['86 Vietnamese letters (258 bytes)', 'ệ'.repeat(86), 'PASSWORD_TOO_LONG'],
    ['a common breached password', 'qwerty123456', 'PASSWORD_BREACHED'],
    ['a breached password in capitals', 'QWERTY123456', 'PASSWORD_BREACHED'],
    ['a breached password with spaces', 'leave me alone', 'PASSWORD_BREACHED'],
    ['the mã số BHXH', `mật khẩu ${A.bhxhCode}`, 'PASSWORD_CONTAINS_PERSONAL'],
    ['the birth date dd/mm/yyyy', 'sinh ngày 12/03/1988', 'PASSWORD_CONTAINS_PERSONAL'],
    ['the birth date yyyymmdd', 'abcdefgh19880312', 'PASSWORD_CONTAINS_PERSONAL'],
    ['the birth date d-m-yyyy', 'ngày 12-3-1988 nhé', 'PASSWORD_CONTAINS_PERSONAL'],
    ['the name without tones', 'nguyen thi thu ha 2026', 'PASSWORD_CONTAINS_PERSONAL'],
    ['the name run together', 'NguyễnThịThuHà!!', 'PASSWORD_CONTAINS_PERSONAL'],
  ])('refuses %s', async (_what, newPassword, code) => {
    const res = await change(newPassword);
    expect(res.statusCode).toBe(400);
    expect(fieldCode(res)).toBe(`newPassword:${code}`);
    expect(res.json().error.fields[0].message).toBeTruthy();
  });

  it('refuses a 1 MB password before hashing it', async () => {
    const before = t.runtime.services.security.passwords.stats();
    const res = await change('x'.repeat(1_000_000));
    expect(fieldCode(res)).toBe('newPassword:PASSWORD_TOO_LONG');
    const after = t.runtime.services.security.passwords.stats();
    expect(after.hashes + after.verifies).toBe(before.hashes + before.verifies);
  });

  it('refuses a wrong current password at its field', async () => {
    expect(fieldCode(await change('một câu đủ dài và khác', 'wrong-current'))).toBe(
      'currentPassword:PASSWORD_CURRENT_WRONG',
    );
    await t.runtime.database.executeSql('delete from login_throttles');
  });

  it('reports a wrong current password and a weak new one together, each at its field', async () => {
    const res = await change('qwerty123456', 'wrong-current');
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as { field: string; code: string }[];
    expect(fields.map((f) => `${f.field}:${f.code}`)).toEqual([
      'currentPassword:PASSWORD_CURRENT_WRONG',
      'newPassword:PASSWORD_BREACHED',
    ]);
    await t.runtime.database.executeSql('delete from login_throttles');
  });

  it('accepts a passphrase with spaces and diacritics; compares after NFC', async () => {
    const other = await citizenLogin(t, A.bhxhCode, current);
    const phrase = 'Trăng rằm tháng tám sáng tỏ';
    const res = await change(phrase.normalize('NFD'));
    expect(res.statusCode).toBe(200);
    expect(res.json().mustChangePassword).toBe(false);
    current = phrase;
    // Typed precomposed (NFC) on another keyboard, it is the same password.
    expect((await citizenLogin(t, A.bhxhCode, phrase.normalize('NFC'))).statusCode).toBe(200);
    expect((await citizenLogin(t, A.bhxhCode, phrase.normalize('NFD'))).statusCode).toBe(200);
    // Every other session ended; this one goes on.
    const others = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: asSession(other),
    });
    expect(others.statusCode).toBe(204);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: asSession(session),
    });
    expect(mine.statusCode).toBe(200);
    const mail = await lastMail(t, A.email);
    expect(mail?.subject).toBe('Mật khẩu VssID của bạn vừa được thay đổi');
    expect(mail?.text).not.toContain(phrase);
  });

  it('refuses the current password as the new one', async () => {
    const res = await change(current);
    expect(fieldCode(res)).toBe('newPassword:PASSWORD_SAME_AS_CURRENT');
  });

  it('counts wrong current passwords toward the sign-in lock', async () => {
    for (let i = 0; i < 5; i++) await change('một câu đủ dài và khác', `wrong-${i}`);
    const res = await change('một câu đủ dài và khác');
    expect(res.statusCode).toBe(423);
    await t.runtime.database.executeSql('delete from login_throttles');
  });

  it('needs the CSRF header', async () => {
    const { cookie } = asSession(session);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: current, newPassword: 'một câu đủ dài và khác' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie, 'x-csrf-token': 'forged' },
      payload: { currentPassword: current, newPassword: 'một câu đủ dài và khác' },
    });
    expect(wrong.statusCode).toBe(403);
  });
});
