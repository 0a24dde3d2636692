import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { FakeClock } from '../src/lib/clock.ts';
import { decisionMailId } from '../src/services/registration/registration-decision.service.ts';
import type { TestApp } from './helpers.ts';
import {
  captureOtps,
  officer,
  register,
  registrationApp,
  student,
} from './registration-helpers.ts';
import { deliverAll, receivedOf } from './support/mailbox.ts';

// The undo window is the default 8 s; the fake clock decides whether an undo is in time.
const clock = new FakeClock('2026-11-26T02:00:00Z');
let t: TestApp;
let hp: Record<string, string>;
let hn: Record<string, string>;
const apps: { id: string; email: string }[] = [];

beforeAll(async () => {
  t = await registrationApp({ clock });
  const codes = captureOtps(t);
  for (const i of [0, 1, 2, 3]) {
    const { draft, email } = await register(t, codes, student(i));
    apps.push({ id: draft.id, email });
    clock.advance(60_000);
  }
});
afterAll(async () => t.close());
beforeEach(async () => {
  hp = await officer(t, DEMO.officers.haiphong);
  hn = await officer(t, DEMO.officers.hanoi);
});

const post = (id: string, action: string, headers: Record<string, string>, payload = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/admin/registrations/${id}/${action}`,
    headers,
    payload,
  });
const sql = async (text: string, params: unknown[]) =>
  (await t.runtime.database.executeSql(text, params)).rows;
const registration = async (id: string) =>
  (
    await sql(
      'select status, decided_at, account_id, reject_reason from registrations where id = $1',
      [id],
    )
  )[0]!;
const outboxRow = async (id: string) =>
  (await sql('select status, content from mail_outbox where id = $1', [id]))[0];
const audits = async (id: string) =>
  (await sql('select action, detail from audit_log where subject_id = $1 order by at', [id]))
    .map((r) => String(r.action))
    .filter((a) => a !== 'registration.view');
/** Everything the mail system would do once every hold is over: sweep, then deliver what is due. */
const afterTheWindow = async () => {
  await t.runtime.database.executeSql(
    "update mail_outbox set locked_until = now() - interval '1 hour' where locked_until is not null",
  );
  await t.runtime.mail.sweep();
  await deliverAll(t);
};

describe('POST /api/admin/registrations/:id/undo ("Hoàn tác")', () => {
  it('within the window: the approval is taken back, the account deleted, and no mail ever leaves', async () => {
    const a = apps[0]!;
    const r = await post(a.id, 'approve', hp);
    expect(r.statusCode, r.body).toBe(200);
    const decidedAt = new Date(r.json().decidedAt);
    expect(new Date(r.json().undoUntil).getTime() - decidedAt.getTime()).toBe(8000);
    const mailId = decisionMailId(a.id, decidedAt);
    // Held: the delivery job finds nothing to send while the decision can be undone.
    await t.runtime.mail.deliver(mailId);
    expect((await outboxRow(mailId))?.status).toBe('held');
    expect(await receivedOf(t, 'registration-approved', a.email)).toHaveLength(0);
    const accountId = String((await registration(a.id)).account_id);

    clock.advance(7_000);
    const undo = await post(a.id, 'undo', hp);
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json()).toEqual({ id: a.id, status: 'pending' });
    expect(await registration(a.id)).toMatchObject({
      status: 'pending',
      decided_at: null,
      account_id: null,
    });
    expect(await sql('select id from accounts where id = $1', [accountId])).toHaveLength(0);
    expect(await outboxRow(mailId)).toEqual({ status: 'cancelled', content: null });
    expect(await audits(a.id)).toEqual(['registration.approve', 'registration.undo']);

    // Long after the window: still nothing in the mailbox, even when delivery is tried by hand.
    clock.advance(3600_000);
    await afterTheWindow();
    await t.runtime.mail.deliver(mailId);
    expect(await receivedOf(t, 'registration-approved', a.email)).toHaveLength(0);
    // It waits in the queue again, and a new approval's mail does arrive (the path is live).
    hp = await officer(t, DEMO.officers.haiphong);
    const list = await t.app.inject({ url: '/api/admin/registrations', headers: hp });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(a.id);
    expect((await post(a.id, 'approve', hp)).statusCode).toBe(200);
    await afterTheWindow();
    expect(await receivedOf(t, 'registration-approved', a.email)).toHaveLength(1);
  });

  it('within the window: a refusal is taken back with its reason, and its mail never leaves', async () => {
    const a = apps[1]!;
    const r = await post(a.id, 'reject', hp, { reasonCode: 'photo_unclear' });
    expect(r.statusCode, r.body).toBe(200);
    const undo = await post(a.id, 'undo', hp);
    expect(undo.statusCode, undo.body).toBe(200);
    expect(await registration(a.id)).toMatchObject({ status: 'pending', reject_reason: null });
    clock.advance(3600_000);
    await afterTheWindow();
    expect(await receivedOf(t, 'registration-rejected', a.email)).toHaveLength(0);
    expect(await audits(a.id)).toEqual(['registration.reject', 'registration.undo']);
    hp = await officer(t, DEMO.officers.haiphong);
  });

  it('after the window: refused in Vietnamese, the decision stands and its mail is sent', async () => {
    const a = apps[2]!;
    expect((await post(a.id, 'approve', hp)).statusCode).toBe(200);
    clock.advance(8_001);
    const late = await post(a.id, 'undo', hp);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('UNDO_WINDOW_CLOSED');
    expect(late.json().error.message).toMatch(/^Đã quá thời gian hoàn tác/);
    expect((await registration(a.id)).status).toBe('approved');
    expect(await audits(a.id)).toEqual(['registration.approve']);
    await afterTheWindow();
    expect(await receivedOf(t, 'registration-approved', a.email)).toHaveLength(1);
  });

  it('refuses once the mail has started to leave, even inside the window', async () => {
    const a = apps[3]!;
    const r = await post(a.id, 'reject', hp, { reasonCode: 'photo_unclear' });
    const mailId = decisionMailId(a.id, new Date(r.json().decidedAt));
    // A delivery worker claimed it (another instance whose clock runs ahead, say).
    await sql("update mail_outbox set status = 'sending' where id = $1", [mailId]);
    const undo = await post(a.id, 'undo', hp);
    expect(undo.statusCode).toBe(409);
    expect(undo.json().error.code).toBe('UNDO_WINDOW_CLOSED');
    expect((await registration(a.id)).status).toBe('rejected');
    await sql("update mail_outbox set status = 'held' where id = $1", [mailId]);
  });

  it('is 404 to an officer of another agency, and 409 when nothing was decided', async () => {
    const a = apps[0]!;
    // apps[0] is approved again (first test): another agency cannot touch it, in time or not.
    const before = await registration(a.id);
    const other = await post(a.id, 'undo', hn);
    expect(other.statusCode).toBe(404);
    expect(await registration(a.id)).toEqual(before);
    const pending = await post(apps[1]!.id, 'undo', hp);
    expect(pending.statusCode).toBe(409);
    expect(pending.json().error.code).toBe('NOTHING_TO_UNDO');
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/admin/registrations/${a.id}/undo` }))
        .statusCode,
    ).toBe(401);
  });
});

describe('GET /api/admin/registrations/:id/neighbours', () => {
  it('gives the applications before and after one in the filtered queue, newest first; 404 elsewhere', async () => {
    const [a0, a1, a2, a3] = apps.map((a) => a.id);
    // Queue order is newest first: a3, a2, a1, a0 (a2 approved, a3 refused by the tests above).
    const all = await t.app.inject({
      url: `/api/admin/registrations/${a2}/neighbours`,
      headers: hp,
    });
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json()).toEqual({ previous: a3, next: a1, nextPending: a1 });
    const pending = await t.app.inject({
      url: `/api/admin/registrations/${a1}/neighbours?status=pending`,
      headers: hp,
    });
    expect(pending.json()).toEqual({ previous: null, next: null, nextPending: null });
    const first = await t.app.inject({
      url: `/api/admin/registrations/${a3}/neighbours`,
      headers: hp,
    });
    expect(first.json()).toMatchObject({ previous: null, next: a2 });
    expect(a0).toBeDefined();
    const other = await t.app.inject({
      url: `/api/admin/registrations/${a2}/neighbours`,
      headers: hn,
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('"Hoàn tác" is one unit of work', () => {
  it('a crash at any step leaves the decision, its account and its held mail untouched; a retry undoes', async () => {
    const codes = captureOtps(t);
    const { draft } = await register(t, codes, student(4));
    const id = draft.id;
    hp = await officer(t, DEMO.officers.haiphong);
    for (const point of ['begin', 'audit:registration.undo', 'commit']) {
      const r = await post(id, 'approve', hp);
      expect(r.statusCode, r.body).toBe(200);
      const mailId = decisionMailId(id, new Date(r.json().decidedAt));
      const before = await registration(id);
      t.runtime.uow.injectFaults((p) => {
        if (p === point) throw new Error(`fault injected at ${p}`);
      });
      const crashed = await post(id, 'undo', hp).finally(() =>
        t.runtime.uow.injectFaults(undefined),
      );
      expect(crashed.statusCode, point).toBe(500);
      expect(await registration(id)).toEqual(before);
      expect((await outboxRow(mailId))?.status).toBe('held');
      expect(await sql('select id from accounts where id = $1', [before.account_id])).toHaveLength(
        1,
      );
      const retried = await post(id, 'undo', hp);
      expect(retried.statusCode, retried.body).toBe(200);
      expect((await outboxRow(mailId))?.status).toBe('cancelled');
      // The next round decides again a little later (a new decision, a new mail id).
      clock.advance(1000);
    }
    expect((await audits(id)).filter((a) => a === 'registration.undo')).toHaveLength(3);
  });
});
