import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, MINUTE } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers.ts';
import {
  asSession,
  citizenLogin,
  freshIp,
  PASSWORD,
  PEOPLE,
  seedAuthFixture,
  sessionToken,
} from './support/auth-fixture.ts';
import { SoftAuthenticator, type Tamper } from './support/soft-authenticator.ts';

const clock = new FakeClock();
let t: TestApp;
const ORIGIN = 'http://localhost:3000';
beforeAll(async () => {
  t = await createTestApp({ clock, workers: false });
  await seedAuthFixture(t);
});
afterAll(async () => t.close());

const A = PEOPLE.citizenA.bhxhCode;
type Headers = Record<string, string>;
const post = (url: string, headers: Headers, payload?: object) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { 'x-forwarded-for': freshIp(), ...headers },
    ...(payload ? { payload } : {}),
  });
const signIn = async (code = A) => asSession(await citizenLogin(t, code, PASSWORD));

/** "Cài đặt đăng nhập bằng vân tay" with a software authenticator; returns the answer. */
async function register(s: Headers, device: SoftAuthenticator, tamper: Tamper = {}) {
  const options = await post('/api/auth/passkeys/registration-options', s);
  expect(options.statusCode).toBe(200);
  const response = device.register(options.json(), tamper);
  return post('/api/auth/passkeys/registration', s, { name: 'Điện thoại của Hà', response });
}
/** "Đăng nhập bằng vân tay / khuôn mặt". */
async function passkeyLogin(device: SoftAuthenticator, tamper: Tamper = {}) {
  const options = await post('/api/auth/passkeys/login-options', {});
  expect(options.json()).toMatchObject({ rpId: 'localhost', userVerification: 'required' });
  return post('/api/auth/passkeys/login', {}, { response: device.assert(options.json(), tamper) });
}

describe('passkeys ("vân tay / khuôn mặt")', () => {
  const phone = new SoftAuthenticator(ORIGIN, 'localhost');

  it('registers a passkey after a password sign-in and signs in with it', async () => {
    const s = await signIn();
    const res = await register(s, phone);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Điện thoại của Hà', lastUsedAt: null });
    const login = await passkeyLogin(phone);
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ account: { bhxhCode: A }, stage: 'full' });
    expect(sessionToken(login)).toBeTruthy();
    const list = await t.app.inject({ method: 'GET', url: '/api/auth/passkeys', headers: s });
    expect(list.json()[0].lastUsedAt).toBe(clock.now().toISOString());
  });

  it('asks for user verification at registration and refuses without it', async () => {
    const s = await signIn();
    const options = await post('/api/auth/passkeys/registration-options', s);
    expect(options.json().authenticatorSelection).toMatchObject({
      userVerification: 'required',
      residentKey: 'required',
    });
    const res = await register(s, new SoftAuthenticator(ORIGIN, 'localhost'), { uv: false });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('PASSKEY_REGISTRATION_FAILED');
  });

  it.each<[string, Tamper]>([
    ['without user verification', { uv: false }],
    ['from another origin', { origin: 'https://evil.example' }],
    ['for another RP ID', { rpId: 'evil.example' }],
    ['signing a challenge the server never gave', { challenge: 'bm90LWEtY2hhbGxlbmdl' }],
  ])('refuses a sign-in %s', async (_what, tamper) => {
    const res = await passkeyLogin(phone, tamper);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('PASSKEY_FAILED');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it.each<[string, Tamper]>([
    ['from another origin', { origin: 'https://evil.example' }],
    ['for another RP ID', { rpId: 'evil.example' }],
  ])('refuses a registration %s', async (_what, tamper) => {
    const res = await register(await signIn(), new SoftAuthenticator(ORIGIN, 'localhost'), tamper);
    expect(res.statusCode).toBe(400);
  });

  it('refuses a replayed challenge, and a challenge older than 5 minutes', async () => {
    const options = await post('/api/auth/passkeys/login-options', {});
    const first = await post(
      '/api/auth/passkeys/login',
      {},
      { response: phone.assert(options.json()) },
    );
    expect(first.statusCode).toBe(200);
    const replay = await post(
      '/api/auth/passkeys/login',
      {},
      { response: phone.assert(options.json()) },
    );
    expect(replay.statusCode).toBe(401);
    const late = await post('/api/auth/passkeys/login-options', {});
    clock.advance(5 * MINUTE);
    const expired = await post(
      '/api/auth/passkeys/login',
      {},
      { response: phone.assert(late.json()) },
    );
    expect(expired.statusCode).toBe(401);
  });

  it('refuses an assertion whose signature counter went backwards (a cloned key)', async () => {
    const options = await post('/api/auth/passkeys/login-options', {});
    phone.credentials[0]!.counter = 0;
    const res = await post(
      '/api/auth/passkeys/login',
      {},
      { response: phone.assert(options.json()) },
    );
    expect(res.statusCode).toBe(401);
    phone.credentials[0]!.counter = 1000;
  });

  it('signs in while the password is locked, and lifts the lock', async () => {
    for (let i = 0; i < 5; i++) await citizenLogin(t, A, 'wrong');
    expect((await citizenLogin(t, A, PASSWORD)).statusCode).toBe(423);
    expect((await passkeyLogin(phone)).statusCode).toBe(200);
    expect((await citizenLogin(t, A, PASSWORD)).statusCode).toBe(200);
  });

  it('needs a sign-in within 5 minutes to add or remove one; "nhập lại mật khẩu" renews it', async () => {
    const s = await signIn();
    clock.advance(5 * MINUTE + 1000);
    const late = await post('/api/auth/passkeys/registration-options', s);
    expect(late.statusCode).toBe(403);
    expect(late.json().error.code).toBe('REAUTH_REQUIRED');
    const list = await t.app.inject({ method: 'GET', url: '/api/auth/passkeys', headers: s });
    const id = list.json()[0].id as string;
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/auth/passkeys/${id}`,
      headers: s,
    });
    expect(del.json().error.code).toBe('REAUTH_REQUIRED');
    expect((await post('/api/auth/reauth', s, { password: 'wrong' })).statusCode).toBe(400);
    expect((await post('/api/auth/reauth', s, { password: PASSWORD })).statusCode).toBe(204);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/auth/passkeys/${id}`,
      headers: s,
    });
    expect(removed.statusCode).toBe(204);
    expect((await passkeyLogin(phone)).statusCode).toBe(401);
  });

  it('does not let citizen B see or remove citizen A’s passkeys', async () => {
    const a = await signIn();
    const device = new SoftAuthenticator(ORIGIN, 'localhost');
    const created = await register(a, device);
    const b = await signIn(PEOPLE.citizenB.bhxhCode);
    const listB = await t.app.inject({ method: 'GET', url: '/api/auth/passkeys', headers: b });
    expect(listB.json()).toEqual([]);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/auth/passkeys/${created.json().id}`,
      headers: b,
    });
    expect(del.statusCode).toBe(404);
  });

  it('refuses a registration answer for a challenge issued to another account', async () => {
    const a = await signIn();
    const b = await signIn(PEOPLE.citizenB.bhxhCode);
    const options = await post('/api/auth/passkeys/registration-options', a);
    const response = new SoftAuthenticator(ORIGIN, 'localhost').register(options.json());
    const res = await post('/api/auth/passkeys/registration', b, { response });
    expect(res.statusCode).toBe(400);
  });
});
