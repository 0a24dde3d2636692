import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers.ts';
import {
  asSession,
  citizenLogin,
  type Fixture,
  PASSWORD,
  PEOPLE,
  seedAuthFixture,
  staffSession,
} from './support/auth-fixture.ts';

const clock = new FakeClock();
let t: TestApp;
let fx: Fixture;
beforeAll(async () => {
  t = await createTestApp({ clock, workers: false });
  fx = await seedAuthFixture(t);
});
afterAll(async () => t.close());

describe('citizen and staff sessions in one browser', () => {
  it('uses a separate cookie per audience, each read only by its own API', async () => {
    const citizen = asSession(await citizenLogin(t, PEOPLE.citizenA.bhxhCode, PASSWORD));
    const staff = await staffSession(t, 'officerX', clock);
    expect(citizen.cookie.startsWith('vssid_session=')).toBe(true);
    expect(staff.cookie.startsWith('vssid_staff=')).toBe(true);

    const both = `${citizen.cookie}; ${staff.cookie}`;
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: both },
    });
    expect(me.json().account.kind).toBe('citizen');
    const officer = await t.app.inject({
      method: 'GET',
      url: '/api/admin/auth/session',
      headers: { cookie: both },
    });
    expect(officer.json().account.kind).toBe('staff');
    // A staff cookie alone opens nothing on the citizen side, and the other way round.
    const staffOnCitizen = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: staff.cookie },
    });
    expect(staffOnCitizen.statusCode).toBe(204);
    const citizenOnStaff = await t.app.inject({
      method: 'GET',
      url: '/api/admin/auth/session',
      headers: { cookie: citizen.cookie },
    });
    expect(citizenOnStaff.statusCode).toBe(401);
    expect(fx.agencyX).toBeTruthy();
  });

  it("does not let an officer's cookie break the citizen app's CSRF check", async () => {
    const citizen = asSession(await citizenLogin(t, PEOPLE.citizenB.bhxhCode, PASSWORD));
    const staff = await staffSession(t, 'officerY', clock);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/feedback',
      headers: {
        cookie: `${citizen.cookie}; ${staff.cookie}`,
        'x-csrf-token': citizen['x-csrf-token'],
      },
      payload: { category: 'question', content: 'Hai phiên trong một trình duyệt vẫn dùng được.' },
    });
    expect(res.statusCode).toBe(201);
  });
});

describe('client addresses', () => {
  it('ignores X-Forwarded-For unless a proxy is configured, so the per-IP limit holds', async () => {
    // A fake clock keeps all 21 attempts inside one one-minute window.
    const direct = await createTestApp({
      env: { TRUST_PROXY_HOPS: '0' },
      workers: false,
      clock: new FakeClock(),
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) {
        const res = await direct.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
          payload: { bhxhCode: '0999999999', password: 'sai mật khẩu' },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses.slice(0, 20).every((s) => s === 401 || s === 423)).toBe(true);
      expect(statuses[20]).toBe(429);
    } finally {
      await direct.close();
    }
  });
});
