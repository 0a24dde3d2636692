import { Writable } from 'node:stream';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, insuredPersons } from '../src/db/schema/index.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { hashPassword } from '../src/lib/passwords.ts';
import { createTestApp, type TestApp, waitFor } from './helpers.ts';
import {
  asSession,
  lastMail,
  PEOPLE,
  seedAuthFixture,
  sessionToken,
  staffLogin,
  totpCode,
} from './support/auth-fixture.ts';

/** Values that must never reach a log line or an error body. */
const S = {
  bhxhCode: '0123987654',
  cccd: '079188765432',
  password: 'sentinel-Mật-khẩu-q7Zr',
  newPassword: 'sentinel câu mật khẩu mới rất dài',
  email: 'sentinel.owner@example.com',
};

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(chunk.toString());
    done();
  },
});
const clock = new FakeClock();
let t: TestApp;
const errorBodies: string[] = [];
const secrets = new Set<string>(Object.values(S));

async function call(o: InjectOptions): Promise<LightMyRequestResponse> {
  const res = await t.app.inject(o);
  if (res.statusCode >= 400) errorBodies.push(res.body);
  const token = sessionToken(res);
  if (token) secrets.add(token);
  return res;
}

beforeAll(async () => {
  t = await createTestApp({ clock, log: pino({ level: 'trace' }, sink) });
  await seedAuthFixture(t);
  await t.runtime.database.db.insert(insuredPersons).values({
    bhxhCode: S.bhxhCode,
    fullName: 'Người Kiểm Thử',
    nameKey: 'nguoi kiem thu',
    birthDate: '1970-01-01',
    gender: 'male',
    idNumber: S.cccd,
  });
  await t.runtime.database.db.insert(accounts).values({
    kind: 'citizen',
    role: 'citizen',
    bhxhCode: S.bhxhCode,
    email: S.email,
    displayName: 'Người Kiểm Thử',
    passwordHash: await hashPassword(S.password),
    mustChangePassword: false,
  });
});
afterAll(async () => t.close());

describe('no password, OTP, session token, CCCD or BHXH code in logs or error bodies', () => {
  it('runs sign-in, reset, change and staff flows, then finds none of them in the logs', async () => {
    const login = (password: string, extra = '') =>
      call({
        method: 'POST',
        url: `/api/auth/login${extra}`,
        payload: { bhxhCode: S.bhxhCode, password },
      });
    await login('wrong-password-sentinel');
    secrets.add('wrong-password-sentinel');
    // Even typed into a URL, the query string never reaches the request log.
    await login(
      S.password,
      `?bhxhCode=${S.bhxhCode}&password=${encodeURIComponent(S.password)}&cccd=${S.cccd}`,
    );
    const signedIn = await login(S.password);
    expect(signedIn.statusCode).toBe(200);

    await call({
      method: 'POST',
      url: '/api/auth/password-reset/start',
      payload: { bhxhCode: S.bhxhCode, email: S.email },
    });
    const started = await call({
      method: 'POST',
      url: '/api/auth/password-reset/start',
      payload: { bhxhCode: S.bhxhCode, email: 'x@example.com' },
    });
    const mail = await lastMail(t, S.email);
    const otp = /: (\d{6})\n/.exec(mail!.text)![1]!;
    secrets.add(otp);
    const real = (
      await call({
        method: 'POST',
        url: '/api/auth/password-reset/start',
        payload: { bhxhCode: S.bhxhCode, email: S.email },
      })
    ).json();
    await call({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { requestId: started.json().requestId, otp },
    });
    expect(
      (
        await call({
          method: 'POST',
          url: '/api/auth/password-reset/confirm',
          payload: { requestId: real.requestId, otp },
        })
      ).statusCode,
    ).toBe(200);
    const emailed = /Mật khẩu mới: (\S+)/.exec((await lastMail(t, S.email))!.text)![1]!;
    secrets.add(emailed);

    const again = await login(emailed);
    const changed = await call({
      method: 'POST',
      url: '/api/auth/password',
      headers: asSession(again),
      payload: { currentPassword: emailed, newPassword: S.newPassword },
    });
    expect(changed.statusCode).toBe(200);
    await call({
      method: 'POST',
      url: '/api/auth/password',
      headers: asSession(again),
      payload: { currentPassword: 'x', newPassword: `${S.bhxhCode} là mã của tôi` },
    });

    const staff = await staffLogin(t, PEOPLE.officerX.username);
    secrets.add(sessionToken(staff)!);
    const code = await totpCode(PEOPLE.officerX.totp, clock);
    secrets.add(code);
    await call({
      method: 'POST',
      url: '/api/admin/auth/totp',
      headers: asSession(staff),
      payload: { code },
    });

    // Wait until every mail written is delivered, so the delivery logs are in too.
    const { rows } = await t.runtime.database.executeSql(
      'select count(*)::int as n from mail_outbox',
    );
    const written = Number(rows[0]!.n);
    expect(written).toBeGreaterThanOrEqual(3); // the reset OTP, the new password, the change notice
    await waitFor(
      () => lines.filter((l) => l.includes('"msg":"mail delivered"')).length >= written,
      {
        what: `${written} "mail delivered" log lines`,
      },
    );
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(10);
    for (const s of secrets) {
      expect(log.includes(s), `log contains ${s.slice(0, 6)}…`).toBe(false);
      for (const body of errorBodies)
        expect(body.includes(s), `error body contains ${s.slice(0, 6)}…`).toBe(false);
    }
    // The request log still says what happened, without the values.
    expect(log).toContain('"path":"/api/auth/login"');
  });

  it('keeps SQL parameters out of the log when the database fails mid-sign-in', async () => {
    lines.length = 0;
    await t.runtime.database.close();
    // The password sign-in's first statement counts the IP and reads the account (hand-written,
    // its parameters the IP and the code); the passkey options' first is a query drizzle builds,
    // whose error ("Failed query: … params: …") would carry the IP.
    const ip = '203.0.113.199';
    const res = await call({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-for': ip },
      payload: { bhxhCode: S.bhxhCode, password: S.password },
    });
    const options = await call({
      method: 'POST',
      url: '/api/auth/passkeys/login-options',
      headers: { 'x-forwarded-for': ip },
    });
    // PGlite reports "closed" (503); an ended pg pool is not a connection error (500).
    expect([500, 503]).toContain(res.statusCode);
    expect([500, 503]).toContain(options.statusCode);
    const log = lines.join('');
    expect(log).toMatch(/Failed query: insert into .*rate_limits.*params: \[redacted\]/);
    expect(log.includes(ip)).toBe(false);
    expect(log.includes(S.bhxhCode)).toBe(false);
    expect(log.includes(S.password)).toBe(false);
  });
});
