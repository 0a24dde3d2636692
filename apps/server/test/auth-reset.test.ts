import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, MINUTE } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers.ts';
import {
  asSession,
  citizenLogin,
  freshIp,
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
const B = PEOPLE.citizenB;
const post = (url: string, payload: object, ip = freshIp()) =>
  t.app.inject({ method: 'POST', url, payload, headers: { 'x-forwarded-for': ip } });
const start = (bhxhCode: string, email: string) =>
  post('/api/auth/password-reset/start', { bhxhCode, email });
const confirm = (requestId: string, otp: string, ip?: string) =>
  post('/api/auth/password-reset/confirm', { requestId, otp }, ip);
const codeIn = (text = '') => /: (\d{6})\n/.exec(text)?.[1];
const newPasswordIn = (text = '') => /Mật khẩu mới: (\S+)/.exec(text)?.[1];
const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
const mailCount = async () =>
  Number(
    (await t.runtime.database.executeSql('select count(*)::int as n from mail_outbox')).rows[0]!.n,
  );

describe('"Quên mật khẩu?" — POST /api/auth/password-reset/*', () => {
  it('answers a match, a wrong email and an unknown code the same way; only a match gets mail', async () => {
    const mailsBefore = await mailCount();
    const match = await start(A.bhxhCode, A.email.toUpperCase());
    const wrongEmail = await start(A.bhxhCode, 'someone@example.com');
    const unknown = await start('0166666666', A.email);
    for (const r of [match, wrongEmail, unknown]) {
      expect(r.statusCode).toBe(202);
      expect(Object.keys(r.json()).sort()).toEqual(['expiresAt', 'requestId', 'resendAfter']);
      expect(r.json().expiresAt).toBe(new Date(clock.now().getTime() + 4 * MINUTE).toISOString());
    }
    expect(await mailCount()).toBe(mailsBefore + 1);
    const mail = await lastMail(t, A.email);
    expect(codeIn(mail?.text)).toMatch(/^\d{6}$/);
    expect(mail?.subject).not.toMatch(/\d{6}/);
  });

  it('takes as long for a non-match as for a match (at least the floor for both)', async () => {
    const time = async (f: () => Promise<unknown>) => {
      const s = performance.now();
      await f();
      return performance.now() - s;
    };
    clock.advance(2 * MINUTE);
    const m = await time(() => start(A.bhxhCode, A.email));
    const n = await time(() => start('0155555555', 'x@example.com'));
    expect(m).toBeGreaterThanOrEqual(295);
    expect(n).toBeGreaterThanOrEqual(295);
    expect(Math.abs(m - n)).toBeLessThan(100);
  });

  it('resets: a new password by mail, every session ends, the next sign-in must change it', async () => {
    clock.advance(2 * MINUTE);
    const signedIn = await citizenLogin(t, A.bhxhCode, PASSWORD);
    const started = await start(A.bhxhCode, A.email);
    const code = codeIn((await lastMail(t, A.email))?.text)!;
    const res = await confirm(started.json().requestId, code);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ maskedEmail: 't•••••@example.com' });
    const newPassword = newPasswordIn((await lastMail(t, A.email))?.text)!;
    expect(newPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const old = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: asSession(signedIn),
    });
    expect(old.statusCode).toBe(204);
    expect((await citizenLogin(t, A.bhxhCode, PASSWORD)).statusCode).toBe(401);
    const next = await citizenLogin(t, A.bhxhCode, newPassword);
    expect(next.json().mustChangePassword).toBe(true);
    // Until the change, nothing but the change (and session/logout) is open.
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/auth/sessions',
      headers: asSession(next),
    });
    expect(list.statusCode).toBe(403);
    expect(list.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: asSession(next),
      payload: { currentPassword: newPassword, newPassword: 'Hoa sữa thơm ngát phố Hà Nội' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().mustChangePassword).toBe(false);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/auth/sessions',
      headers: asSession(next),
    });
    expect(after.statusCode).toBe(200);
  });

  it('works while the account is locked, and lifts the lock', async () => {
    for (let i = 0; i < 5; i++) await citizenLogin(t, B.bhxhCode, 'wrong');
    expect((await citizenLogin(t, B.bhxhCode, PASSWORD)).statusCode).toBe(423);
    const started = await start(B.bhxhCode, B.email);
    expect(started.statusCode).toBe(202);
    const code = codeIn((await lastMail(t, B.email))?.text)!;
    expect((await confirm(started.json().requestId, code)).statusCode).toBe(200);
    const fresh = newPasswordIn((await lastMail(t, B.email))?.text)!;
    expect((await citizenLogin(t, B.bhxhCode, fresh)).statusCode).toBe(200);
  });

  it('refuses the code at 4 minutes', async () => {
    clock.advance(2 * MINUTE);
    const started = await start(B.bhxhCode, B.email);
    const code = codeIn((await lastMail(t, B.email))?.text)!;
    clock.advance(4 * MINUTE);
    const res = await confirm(started.json().requestId, code);
    expect(res.json().error.code).toBe('OTP_EXPIRED');
  });

  it('voids the code at the 5th wrong entry; a resend keeps the count', async () => {
    clock.advance(2 * MINUTE);
    const started = await start(B.bhxhCode, B.email);
    const id = started.json().requestId;
    const code = codeIn((await lastMail(t, B.email))?.text)!;
    for (let i = 0; i < 3; i++)
      expect((await confirm(id, wrongCode(code))).json().error.code).toBe('OTP_INVALID');
    const early = await post('/api/auth/password-reset/resend', { requestId: id });
    expect(early.statusCode).toBe(429);
    expect(early.json().error.code).toBe('OTP_RESEND_TOO_EARLY');
    clock.advance(60_000);
    const resent = await post('/api/auth/password-reset/resend', { requestId: id });
    expect(resent.statusCode).toBe(202);
    expect(resent.json().requestId).toBe(id);
    const second = codeIn((await lastMail(t, B.email))?.text)!;
    expect((await confirm(id, wrongCode(second))).json().error.code).toBe('OTP_INVALID');
    expect((await confirm(id, wrongCode(second))).json().error.code).toBe('OTP_LOCKED');
    expect((await confirm(id, second)).json().error.code).toBe('OTP_LOCKED');
  });

  it('evaluates at most 5 of 50 concurrent wrong codes', async () => {
    clock.advance(2 * MINUTE);
    const started = await start(A.bhxhCode, A.email);
    const id = started.json().requestId;
    const code = codeIn((await lastMail(t, A.email))?.text)!;
    const guesses = Array.from({ length: 50 }, (_, i) =>
      String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'),
    );
    const results = await Promise.all(guesses.map((g) => confirm(id, g)));
    expect(
      results.filter((r) => r.json().error?.code === 'OTP_INVALID').length,
    ).toBeLessThanOrEqual(4);
    expect(results.some((r) => r.statusCode === 200)).toBe(false);
    const row = await t.runtime.database.executeSql('select attempts from otps where id = $1', [
      id,
    ]);
    expect(row.rows[0]!.attempts).toBe(5);
  });

  it('never accepts a code for a decoy request, and counts its attempts like a real one', async () => {
    const decoy = await start('0144444444', 'nobody@example.com');
    const id = decoy.json().requestId;
    const codes = [];
    for (let i = 0; i < 6; i++)
      codes.push((await confirm(id, String(i).padStart(6, '0'))).json().error.code);
    expect(codes).toEqual([
      'OTP_INVALID',
      'OTP_INVALID',
      'OTP_INVALID',
      'OTP_INVALID',
      'OTP_LOCKED',
      'OTP_LOCKED',
    ]);
  });

  it('does not accept a registration code for a reset, nor a reset code for registration', async () => {
    const reg = await t.runtime.services.otps.issue({ purpose: 'registration', subject: 'reg-1' });
    expect((await confirm(reg.id, reg.code)).json().error.code).toBe('OTP_INVALID');
    clock.advance(2 * MINUTE);
    const started = await start(B.bhxhCode, B.email);
    const code = codeIn((await lastMail(t, B.email))?.text)!;
    await expect(
      t.runtime.services.otps.verify({
        id: started.json().requestId,
        purpose: 'registration',
        code,
      }),
    ).rejects.toMatchObject({ code: 'OTP_INVALID' });
  });

  it('answers an unknown request id like a wrong code', async () => {
    const res = await confirm('00000000-0000-4000-8000-000000000000', '123456');
    expect(res.json().error.code).toBe('OTP_INVALID');
    const junk = await confirm('not-a-uuid', '123456');
    expect(junk.json().error.code).toBe('OTP_INVALID');
  });
});
