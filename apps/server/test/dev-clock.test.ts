import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers.ts';
import {
  asSession,
  PEOPLE,
  seedAuthFixture,
  staffLogin,
  totpCode,
} from './support/auth-fixture.ts';

/** TEST_CLOCK=1 (browser tests): the server's own clock, moved by POST /dev/clock. */
describe('the test clock behind POST /dev/clock', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TEST_CLOCK: '1' } });
    await seedAuthFixture(t);
  });
  afterAll(async () => t.close());

  const totp = async (code: string) => {
    const first = await staffLogin(t, PEOPLE.officerX.username);
    return t.app.inject({
      method: 'POST',
      url: '/api/admin/auth/totp',
      headers: asSession(first),
      payload: { code },
    });
  };

  it('is the runtime clock: a spent TOTP step opens again once the clock moves 30 s', async () => {
    expect(t.runtime.clock).toBeInstanceOf(AdjustableClock);
    const code = await totpCode(PEOPLE.officerX.totp, t.runtime.clock);
    expect((await totp(code)).statusCode).toBe(200);
    // The same step is refused (replay), as without the test clock.
    expect((await totp(code)).statusCode).toBe(401);

    const before = Date.parse((await t.app.inject('/dev/clock')).json().now);
    const moved = await t.app.inject({
      method: 'POST',
      url: '/dev/clock',
      payload: { advanceSeconds: 30 },
    });
    expect(moved.statusCode).toBe(200);
    expect(Date.parse(moved.json().now) - before).toBeGreaterThanOrEqual(30_000);
    const next = await totpCode(PEOPLE.officerX.totp, t.runtime.clock);
    expect((await totp(next)).statusCode).toBe(200);
  });

  it('only moves forward', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/dev/clock',
      payload: { advanceSeconds: -30 },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('without TEST_CLOCK', () => {
  it('has no /dev/clock route and runs on the system clock', async () => {
    const t = await createTestApp();
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/dev/clock',
        payload: { advanceSeconds: 30 },
      });
      expect(res.statusCode).toBe(404);
      expect(t.runtime.clock).not.toBeInstanceOf(AdjustableClock);
    } finally {
      await t.close();
    }
  });
});
