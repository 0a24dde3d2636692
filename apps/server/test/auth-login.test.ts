import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, HOUR, MINUTE } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers.ts';
import {
  asSession,
  citizenLogin,
  type Fixture,
  freshIp,
  PASSWORD,
  PEOPLE,
  seedAuthFixture,
  sessionToken,
  staffLogin,
} from './support/auth-fixture.ts';

const clock = new FakeClock();
let t: TestApp;
let fx: Fixture;
beforeAll(async () => {
  t = await createTestApp({ clock, workers: false });
  fx = await seedAuthFixture(t);
});
afterAll(async () => t.close());

const A = PEOPLE.citizenA.bhxhCode;
const B = PEOPLE.citizenB.bhxhCode;
/** Clears every password lock between tests: each test starts from a clean account. */
const unlockAll = () => t.runtime.database.executeSql('delete from login_throttles');

describe('POST /api/auth/login', () => {
  it('signs in with mã số BHXH + mật khẩu and sets an HttpOnly, SameSite=Strict cookie', async () => {
    const res = await citizenLogin(t, A, PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      account: {
        id: fx.ids.citizenA,
        kind: 'citizen',
        bhxhCode: A,
        maskedEmail: 't•••••@example.com',
      },
      mustChangePassword: false,
      stage: 'full',
    });
    const cookie = res.cookies.find((c) => c.name === 'vssid_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    // 256 random bits, base64url.
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: asSession(res),
    });
    expect(session.json().account.displayName).toBe('Nguyễn Thị Thu Hà');
  });

  it('opens a new session id at every sign-in and ends the one the browser had', async () => {
    const first = await citizenLogin(t, A, PASSWORD);
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...asSession(first), 'x-forwarded-for': freshIp() },
      payload: { bhxhCode: A, password: PASSWORD },
    });
    expect(second.statusCode).toBe(200);
    expect(sessionToken(second)).not.toBe(sessionToken(first));
    const old = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: asSession(first),
    });
    expect(old.statusCode).toBe(204);
  });

  it('answers an unknown code exactly like a wrong password', async () => {
    const unknown = await citizenLogin(t, '0199999999', PASSWORD);
    const wrong = await citizenLogin(t, B, 'not-the-password');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const strip = (b: { error: Record<string, unknown> }) => ({ ...b.error, requestId: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
    expect(unknown.json().error.code).toBe('INVALID_CREDENTIALS');
    const headerNames = (r: typeof unknown) =>
      Object.keys(r.headers)
        .filter((h) => h !== 'date')
        .sort();
    expect(headerNames(unknown)).toEqual(headerNames(wrong));
    expect(unknown.headers['set-cookie']).toBeUndefined();
    await unlockAll();
  });

  it('refuses a staff username here and a mã số BHXH at the staff sign-in', async () => {
    const staffHere = await citizenLogin(t, 'x.officer', PASSWORD);
    expect(staffHere.statusCode).toBe(400);
    const citizenThere = await staffLogin(t, A, PASSWORD);
    expect(citizenThere.statusCode).toBe(401);
    expect(citizenThere.json().error.code).toBe('STAFF_INVALID_CREDENTIALS');
    await unlockAll();
  });

  it('after 5 wrong passwords the 6th attempt waits 15 minutes, even with the right password', async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await citizenLogin(t, A, `wrong-${i}`));
    expect(results.map((r) => r.statusCode)).toEqual([401, 401, 401, 401, 401]);
    const until = new Date(clock.now().getTime() + 15 * MINUTE).toISOString();
    // The 5th failure already tells until when.
    expect(results[4]!.json().error.lockedUntil).toBe(until);
    const sixth = await citizenLogin(t, A, PASSWORD);
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json().error).toMatchObject({ code: 'ACCOUNT_LOCKED', lockedUntil: until });
    expect(sixth.headers['retry-after']).toBe('900');
    expect(sixth.json().error.message).toMatch(/Quên mật khẩu/);
    clock.advance(15 * MINUTE - 1000);
    expect((await citizenLogin(t, A, PASSWORD)).statusCode).toBe(423);
    clock.advance(1000);
    expect((await citizenLogin(t, A, PASSWORD)).statusCode).toBe(200);
  });

  it('does not evaluate a locked account’s password at all', async () => {
    for (let i = 0; i < 5; i++) await citizenLogin(t, A, `wrong-${i}`);
    const before = t.runtime.services.security.passwords.stats().verifies;
    for (let i = 0; i < 3; i++) await citizenLogin(t, A, PASSWORD);
    expect(t.runtime.services.security.passwords.stats().verifies).toBe(before);
    await unlockAll();
  });

  it('grows the lock for repeated locks: 15, 30, 60 minutes … at most 24 hours', async () => {
    const waits: number[] = [];
    for (let lock = 0; lock < 9; lock++) {
      let last = await citizenLogin(t, B, 'wrong');
      for (let i = 1; i < 5; i++) last = await citizenLogin(t, B, 'wrong');
      const until = new Date(last.json().error.lockedUntil).getTime();
      waits.push((until - clock.now().getTime()) / MINUTE);
      clock.set(new Date(until));
    }
    expect(waits).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440]);
    await unlockAll();
  });

  it('locks a code without an account exactly like one with (the lock reveals nothing)', async () => {
    const real = [];
    const unknown = [];
    for (let i = 0; i < 6; i++) {
      real.push(await citizenLogin(t, B, 'wrong'));
      unknown.push(await citizenLogin(t, '0188888888', 'wrong'));
    }
    expect(unknown.map((r) => r.statusCode)).toEqual(real.map((r) => r.statusCode));
    expect(unknown[5]!.json().error.lockedUntil).toBe(real[5]!.json().error.lockedUntil);
    await unlockAll();
  });

  it('evaluates at most 5 of 50 concurrent wrong passwords', async () => {
    const before = t.runtime.services.security.passwords.stats().verifies;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => citizenLogin(t, B, `guess-${i}`)),
    );
    const verified = t.runtime.services.security.passwords.stats().verifies - before;
    expect(verified).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.statusCode === 401)).toHaveLength(verified);
    expect(results.every((r) => [401, 423, 503].includes(r.statusCode))).toBe(true);
    await unlockAll();
  });

  it('stops evaluating after 100 consecutive failures until a reset clears it', async () => {
    let evaluated = 0;
    for (let attempt = 0; attempt < 120; attempt++) {
      const res = await citizenLogin(t, B, `wrong-${attempt}`);
      if (res.statusCode === 401) evaluated++;
      if (res.statusCode === 423 && res.json().error.lockedUntil)
        clock.set(res.json().error.lockedUntil);
      if (res.statusCode === 401 && res.json().error.lockedUntil)
        clock.set(res.json().error.lockedUntil);
    }
    expect(evaluated).toBe(100);
    clock.advance(48 * HOUR);
    const right = await citizenLogin(t, B, PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('ACCOUNT_LOCKED_RESET_REQUIRED');
    expect(right.json().error.lockedUntil).toBeUndefined();
    await unlockAll();
  });

  it('allows 20 sign-in attempts a minute per IP, then 429 with Retry-After', async () => {
    const ip = '203.0.113.77';
    const statuses = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await citizenLogin(t, '0177777777', 'x', ip)).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401 || s === 423)).toBe(true);
    const limited = await citizenLogin(t, A, PASSWORD, ip);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected; the same one is welcome again next minute.
    expect((await citizenLogin(t, A, PASSWORD)).statusCode).toBe(200);
    clock.advance(MINUTE);
    expect((await citizenLogin(t, A, PASSWORD, ip)).statusCode).toBe(200);
    await unlockAll();
  });

  it('refuses an empty or malformed code with field errors, before any password check', async () => {
    const res = await citizenLogin(t, '12ab', '');
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .error.fields.map((f: { field: string }) => f.field)
      .sort();
    expect(fields).toEqual(['bhxhCode', 'password']);
  });
});
