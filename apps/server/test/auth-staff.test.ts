import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock, MINUTE } from '../src/lib/clock.ts';
import { createTestApp, sessionHeaders, type TestApp } from './helpers.ts';
import {
  asSession,
  type Fixture,
  freshIp,
  PEOPLE,
  seedAuthFixture,
  sessionToken,
  staffLogin,
  staffSession,
  totpCode,
} from './support/auth-fixture.ts';
import { SoftAuthenticator } from './support/soft-authenticator.ts';

const clock = new FakeClock();
let t: TestApp;
let fx: Fixture;
beforeAll(async () => {
  t = await createTestApp({ clock, workers: false });
  fx = await seedAuthFixture(t);
});
afterAll(async () => t.close());
// Each test on a fresh 30-second step, so one test's code is not another's replay.
beforeEach(() => clock.advance(90_000));

const X = PEOPLE.officerX;
type H = Record<string, string>;
const post = (url: string, headers: H, payload?: object) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { 'x-forwarded-for': freshIp(), ...headers },
    ...(payload ? { payload } : {}),
  });
const get = (url: string, headers: H) => t.app.inject({ method: 'GET', url, headers });

describe('staff sign-in at /admin', () => {
  it('password gives a partial session that opens nothing but the second factor', async () => {
    const res = await staffLogin(t, X.username);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      stage: 'partial',
      secondFactors: ['totp'],
      account: { role: 'officer', agencyId: fx.agencyX },
    });
    const partial = asSession(res);
    expect((await get('/api/admin/officers', partial)).statusCode).toBe(401);
    expect((await get('/api/auth/session', partial)).statusCode).toBe(204);
    expect((await get('/api/admin/auth/session', partial)).json().stage).toBe('partial');
  });

  it('TOTP completes the sign-in under a new session id; the partial session is gone', async () => {
    const first = await staffLogin(t, X.username);
    const res = await post('/api/admin/auth/totp', asSession(first), {
      code: await totpCode(X.totp, clock),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().stage).toBe('full');
    expect(sessionToken(res)).not.toBe(sessionToken(first));
    expect((await get('/api/admin/auth/session', asSession(first))).statusCode).toBe(401);
    expect((await get('/api/admin/auth/session', asSession(res))).json().stage).toBe('full');
  });

  it('accepts the previous and next 30-second codes, not two steps away', async () => {
    for (const [steps, status] of [
      [-1, 200],
      [1, 200],
      [-2, 401],
      [2, 401],
    ] as const) {
      clock.advance(90_000);
      const first = await staffLogin(t, X.username);
      const res = await post('/api/admin/auth/totp', asSession(first), {
        code: await totpCode(X.totp, clock, steps),
      });
      expect(res.statusCode, `offset ${steps}`).toBe(status);
      await t.runtime.database.executeSql('delete from login_throttles');
    }
  });

  it('refuses a wrong code and a replayed one', async () => {
    const first = await staffLogin(t, X.username);
    const code = await totpCode(X.totp, clock);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const bad = await post('/api/admin/auth/totp', asSession(first), { code: wrong });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('TOTP_INVALID');
    expect((await post('/api/admin/auth/totp', asSession(first), { code })).statusCode).toBe(200);
    const again = await staffLogin(t, X.username);
    const replay = await post('/api/admin/auth/totp', asSession(again), { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('TOTP_INVALID');
  });

  it('locks after 5 wrong codes like after 5 wrong passwords', async () => {
    const first = await staffLogin(t, PEOPLE.officerY.username);
    for (let i = 0; i < 5; i++)
      await post('/api/admin/auth/totp', asSession(first), { code: '000000' });
    const res = await post('/api/admin/auth/totp', asSession(first), {
      code: await totpCode(PEOPLE.officerY.totp, clock),
    });
    expect(res.statusCode).toBe(423);
    await t.runtime.database.executeSql('delete from login_throttles');
  });

  it('gives the second factor its own budget: a right password each time does not reset it', async () => {
    const Y = PEOPLE.officerY;
    const wrong = async () => {
      const login = await staffLogin(t, Y.username);
      expect(login.statusCode).toBe(200);
      return post('/api/admin/auth/totp', asSession(login), { code: '000000' });
    };
    for (let i = 0; i < 4; i++) expect((await wrong()).statusCode).toBe(401);
    const fifth = await wrong();
    expect(fifth.statusCode).toBe(401);
    const lockedUntil = fifth.json().error.lockedUntil as string;
    expect(Date.parse(lockedUntil)).toBe(clock.now().getTime() + 15 * MINUTE);
    // The password still opens the first step, but no code is checked while the factor is locked.
    const login = await staffLogin(t, Y.username);
    expect(login.statusCode).toBe(200);
    const locked = await post('/api/admin/auth/totp', asSession(login), {
      code: await totpCode(Y.totp, clock),
    });
    expect(locked.statusCode).toBe(423);
    expect(locked.headers['retry-after']).toBe(String(15 * 60));
    expect(locked.json().error).toMatchObject({ code: 'TOTP_LOCKED', lockedUntil });
    expect(locked.json().error.message).toMatch(/sai mã xác thực nhiều lần/);
    // After the lock window the right code works.
    clock.advance(15 * MINUTE);
    const after = await staffLogin(t, Y.username);
    const ok = await post('/api/admin/auth/totp', asSession(after), {
      code: await totpCode(Y.totp, clock),
    });
    expect(ok.statusCode).toBe(200);
  });

  it('gives the second factor 5 minutes', async () => {
    const first = await staffLogin(t, X.username);
    clock.advance(5 * MINUTE + 1000);
    const res = await post('/api/admin/auth/totp', asSession(first), {
      code: await totpCode(X.totp, clock),
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SECOND_FACTOR_EXPIRED');
  });

  it('answers an unknown username like a wrong password', async () => {
    const unknown = await staffLogin(t, 'nobody.here', 'x');
    const wrong = await staffLogin(t, X.username, 'x');
    expect(unknown.statusCode).toBe(401);
    expect({ ...unknown.json().error, requestId: 0 }).toEqual({
      ...wrong.json().error,
      requestId: 0,
    });
    await t.runtime.database.executeSql('delete from login_throttles');
  });

  it('a passkey can be the second factor', async () => {
    const full = await staffSession(t, 'supervisor', clock);
    const key = new SoftAuthenticator('http://localhost:3000', 'localhost');
    const options = await post('/api/admin/auth/passkeys/registration-options', full);
    const reg = await post('/api/admin/auth/passkeys/registration', full, {
      response: key.register(options.json()),
    });
    expect(reg.statusCode).toBe(201);
    const first = await staffLogin(t, PEOPLE.supervisor.username);
    expect(first.json().secondFactors).toEqual(['totp', 'passkey']);
    const opts = await post('/api/admin/auth/passkey-options', asSession(first));
    expect(opts.json().allowCredentials).toHaveLength(1);
    const res = await post('/api/admin/auth/passkey', asSession(first), {
      response: key.assert(opts.json()),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().stage).toBe('full');
    // The staff passkey is not a citizen sign-in.
    const citizenOpts = await post('/api/auth/passkeys/login-options', {});
    const asCitizen = await post(
      '/api/auth/passkeys/login',
      {},
      { response: key.assert(citizenOpts.json()) },
    );
    expect(asCitizen.statusCode).toBe(401);
  });
});

describe('roles and audiences', () => {
  it('GET /api/admin/officers: administrators see their own agency’s staff only', async () => {
    const admin = await staffSession(t, 'administrator', clock);
    const res = await get('/api/admin/officers', admin);
    expect(res.statusCode).toBe(200);
    const names = (res.json() as { username: string }[]).map((o) => o.username).sort();
    expect(names).toEqual(['x.admin', 'x.officer', 'x.supervisor']);
    clock.advance(30_000);
    const officer = await staffSession(t, 'officerX', clock);
    expect((await get('/api/admin/officers', officer)).statusCode).toBe(403);
  });

  it('a citizen session opens no staff route and a staff session no citizen route', async () => {
    const citizen = await sessionHeaders(t, fx.ids.citizenA, 'citizen');
    expect((await get('/api/admin/auth/session', citizen)).statusCode).toBe(401);
    expect((await get('/api/admin/officers', citizen)).statusCode).toBe(401);
    const staff = await sessionHeaders(t, fx.ids.administrator, 'staff');
    expect((await get('/api/auth/session', staff)).statusCode).toBe(204);
    expect((await get('/api/auth/sessions', staff)).statusCode).toBe(401);
    expect((await post('/api/auth/logout', staff)).statusCode).toBe(401);
  });

  it('records staff sign-ins in the agency’s audit log', async () => {
    const rows = await t.runtime.database.executeSql(
      "select actor_role, agency_id, detail from audit_log where action = 'auth.sign_in' and actor_account_id = $1",
      [fx.ids.administrator],
    );
    expect(rows.rows.length).toBeGreaterThan(0);
    expect(rows.rows[0]).toMatchObject({
      actor_role: 'administrator',
      agency_id: fx.agencyX,
      detail: { method: 'totp' },
    });
  });
});
