import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, HOUR, MINUTE } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers.ts';
import { asSession, PASSWORD, PEOPLE, seedAuthFixture } from './support/auth-fixture.ts';

const clock = new FakeClock();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock, workers: false });
  await seedAuthFixture(t);
});
afterAll(async () => t.close());

const A = PEOPLE.citizenA.bhxhCode;
const B = PEOPLE.citizenB.bhxhCode;
const UA_PHONE =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36';
const signIn = async (code = A, ua?: string) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: {
      'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 250) + 1}`,
      ...(ua ? { 'user-agent': ua } : {}),
    },
    payload: { bhxhCode: code, password: PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  return asSession(res);
};
const whoAmI = (headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: '/api/auth/session', headers });
const send = (method: 'POST' | 'DELETE' | 'GET', url: string, headers: Record<string, string>) =>
  t.app.inject({ method, url, headers });

describe('sessions', () => {
  it('end after 30 idle minutes', async () => {
    const s = await signIn();
    clock.advance(29 * MINUTE);
    expect((await whoAmI(s)).statusCode).toBe(200);
    clock.advance(29 * MINUTE);
    expect((await whoAmI(s)).statusCode).toBe(200);
    clock.advance(30 * MINUTE);
    expect((await whoAmI(s)).statusCode).toBe(204);
  });

  it('end 12 hours after sign-in, however active', async () => {
    const s = await signIn();
    for (let elapsed = 0; elapsed < 12 * HOUR - 20 * MINUTE; elapsed += 20 * MINUTE) {
      clock.advance(20 * MINUTE);
      expect((await whoAmI(s)).statusCode).toBe(200);
    }
    clock.advance(20 * MINUTE);
    expect((await whoAmI(s)).statusCode).toBe(204);
  });

  it('"Đăng xuất" stops the session at once', async () => {
    const s = await signIn();
    expect((await send('POST', '/api/auth/logout', s)).statusCode).toBe(204);
    expect((await whoAmI(s)).statusCode).toBe(204);
    expect((await send('POST', '/api/auth/logout', s)).statusCode).toBe(401);
  });

  it('"Đăng xuất khỏi tất cả thiết bị" ends every session of the account, not others’', async () => {
    const phone = await signIn();
    const laptop = await signIn();
    const other = await signIn(B);
    const res = await send('POST', '/api/auth/logout-all', laptop);
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'vssid_session')?.value).toBe('');
    expect((await whoAmI(phone)).statusCode).toBe(204);
    expect((await whoAmI(laptop)).statusCode).toBe(204);
    expect((await whoAmI(other)).statusCode).toBe(200);
  });

  it('lists the active sessions with device and times, and ends one of them at once', async () => {
    await send('POST', '/api/auth/logout-all', await signIn());
    const phone = await signIn(A, UA_PHONE);
    clock.advance(2 * MINUTE);
    const laptop = await signIn(A);
    const list = await send('GET', '/api/auth/sessions', laptop);
    expect(list.statusCode).toBe(200);
    const items = list.json() as {
      id: string;
      device: string;
      current: boolean;
      createdAt: string;
    }[];
    expect(items).toHaveLength(2);
    const phoneItem = items.find((i) => !i.current)!;
    expect(phoneItem.device).toBe('Chrome – Android');
    expect(items.find((i) => i.current)?.createdAt).toBe(clock.now().toISOString());
    // Ids are opaque: neither the cookie token nor its stored hash.
    expect(phoneItem.id).toMatch(/^[0-9a-f]{32}$/);
    expect(phone.cookie).not.toContain(phoneItem.id);
    expect((await send('DELETE', `/api/auth/sessions/${phoneItem.id}`, laptop)).statusCode).toBe(
      204,
    );
    expect((await whoAmI(phone)).statusCode).toBe(204);
    expect((await whoAmI(laptop)).statusCode).toBe(200);
  });

  it('does not let one citizen end another’s session', async () => {
    const a = await signIn(A);
    const b = await signIn(B);
    const mine = (await send('GET', '/api/auth/sessions', a)).json() as {
      id: string;
      current: boolean;
    }[];
    const id = mine.find((i) => i.current)!.id;
    expect((await send('DELETE', `/api/auth/sessions/${id}`, b)).statusCode).toBe(404);
    expect((await whoAmI(a)).statusCode).toBe(200);
  });

  it('refuses a state change without the CSRF header, even signed in', async () => {
    const s = await signIn();
    const res = await send('POST', '/api/auth/logout', { cookie: s.cookie });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
    expect((await whoAmI(s)).statusCode).toBe(200);
  });
});
