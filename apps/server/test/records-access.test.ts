import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { createTestApp, sessionHeaders, type TestApp } from './helpers.ts';

/** The officer view of a citizen's records: right agency 200 + audit, others 404, no citizen. */
let t: TestApp;
const CODE = DEMO.citizen.bhxhCode;
const url = (code: string = CODE) => `/api/admin/citizens/${code}/records`;
const id = async (col: string, v: string) =>
  (await t.runtime.database.executeSql(`select id from accounts where ${col} = $1`, [v])).rows[0]!
    .id as string;
const audits = async () =>
  (
    await t.runtime.database.executeSql(
      "select actor_account_id, subject_bhxh_code, action from audit_log where action = 'records.view'",
    )
  ).rows;

beforeAll(async () => {
  t = await createTestApp({
    seed: { adminUnits: true, demo: true },
    workers: false,
    clock: new FakeClock(),
  });
}, 120_000);
afterAll(async () => t?.close());

describe('officer view of records', () => {
  it('shows the agency province’s citizen to its officer and writes the audit row', async () => {
    const hanoi = await id('username', DEMO.officers.hanoi);
    const res = await t.app.inject({
      method: 'GET',
      url: url(),
      headers: await sessionHeaders(t, hanoi, 'staff'),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.person.bhxhCode).toBe(CODE);
    expect(body.card.cardNumber).toBe(CODE);
    expect(
      body.participation.find((p: { scheme: string }) => p.scheme === 'bhxh').total.months,
    ).toBe(146);
    expect(body.benefits.some((b: { regime: string }) => b.regime === 'childbirth')).toBe(true);
    expect(body.visits.length).toBeGreaterThan(0);
    expect(await audits()).toEqual([
      { actor_account_id: hanoi, subject_bhxh_code: CODE, action: 'records.view' },
    ]);
  });

  it('answers 404 to another agency and for unknown codes, without an audit row', async () => {
    const before = (await audits()).length;
    const hp = await sessionHeaders(t, await id('username', DEMO.officers.haiphong), 'staff');
    const other = await t.app.inject({ method: 'GET', url: url(), headers: hp });
    expect(other.statusCode).toBe(404);
    const unknown = await t.app.inject({ method: 'GET', url: url('0999999999'), headers: hp });
    expect(unknown.statusCode).toBe(404);
    expect(other.json().error.code).toBe(unknown.json().error.code);
    expect((await audits()).length).toBe(before);
  });

  it('refuses citizens (even the citizen herself) and anonymous callers', async () => {
    const citizen = await sessionHeaders(t, await id('bhxh_code', CODE), 'citizen');
    expect((await t.app.inject({ method: 'GET', url: url(), headers: citizen })).statusCode).toBe(
      401,
    );
    expect((await t.app.inject({ method: 'GET', url: url() })).statusCode).toBe(401);
    const imp = await t.app.inject({
      method: 'POST',
      url: '/api/admin/imports/participation',
      headers: { ...citizen, 'content-type': 'text/csv' },
      payload: 'x',
    });
    expect(imp.statusCode).toBe(401);
  });
});
