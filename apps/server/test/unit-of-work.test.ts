import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { FakeClock, HOUR } from '../src/lib/clock.ts';
import type { TestApp } from './helpers.ts';
import {
  agencyId,
  applicantOf,
  captureOtps,
  newDraft,
  officer,
  picture,
  post,
  put,
  registrationApp,
  student,
  upload,
} from './registration-helpers.ts';
import { deliveredOnce } from './support/mailbox.ts';

/**
 * Issue 10 (3): a crash at any step of a change leaves nothing or everything — the state, its
 * audit rows and its outbox rows — and its mail arrives exactly once, through the real queue
 * and sweeper (workers on). Each flow first runs once recording the named points it passes
 * (the test pins that list), then once per point with a fault thrown there; a fault before the
 * commit must leave nothing and the same request, retried, must then succeed; a fault right
 * after the commit (the process dying before the mail is queued) must leave everything.
 */
const clock = new FakeClock('2026-11-26T02:00:00Z');
let t: TestApp;
let codes: Map<string, string>;
let ipN = 0;
const freshIp = () => `203.0.113.${(ipN++ % 250) + 1}`;

beforeAll(async () => {
  t = await registrationApp({ clock, workers: true });
  codes = captureOtps(t);
});
afterAll(async () => t?.close());

type Observed = { state: string; audit: number; outbox: number };
type Flow = {
  act: () => Promise<LightMyRequestResponse>;
  observe: () => Promise<Observed>;
  /** The mail the change sends, and how many audit rows it writes. */
  mail: { template: string; to: string };
  audits: number;
};

const one = async (text: string, values: unknown[]) =>
  (await t.runtime.database.executeSql(text, values)).rows[0] ?? {};
const outboxIds = async (template: string) =>
  (
    await t.runtime.database.executeSql('select id from mail_outbox where template = $1', [
      template,
    ])
  ).rows.map((r) => String(r.id));
const outboxCount = async (template: string) =>
  Number(
    (await one('select count(*)::int as n from mail_outbox where template = $1', [template])).n,
  );
const auditCount = async (action: string, subjectId: string) =>
  Number(
    (
      await one('select count(*)::int as n from audit_log where action = $1 and subject_id = $2', [
        action,
        subjectId,
      ])
    ).n,
  );

/** Runs `flow` with a fault at `point` (none: records the points) and checks all-or-nothing. */
async function crashAt(point: string | null, flow: Flow): Promise<string[]> {
  const before = await flow.observe();
  const known = await outboxIds(flow.mail.template);
  const passed: string[] = [];
  let fired = false;
  t.runtime.uow.injectFaults((p) => {
    passed.push(p);
    if (p === point && !fired) {
      fired = true;
      throw new Error(`fault injected at ${p}`);
    }
  });
  const first = await flow.act().finally(() => t.runtime.uow.injectFaults(undefined));
  expect(fired).toBe(point !== null);
  if (point !== null && point !== 'committed') {
    expect(first.statusCode).toBe(500);
    expect(await flow.observe(), 'nothing happened').toEqual(before);
    const retry = await flow.act();
    expect(retry.statusCode, retry.body).toBeLessThan(300);
  } else if (point === null) {
    expect(first.statusCode, first.body).toBeLessThan(300);
  }
  const after = await flow.observe();
  expect(after.state, 'the change happened').not.toBe(before.state);
  expect(after.audit).toBe(before.audit + flow.audits);
  expect(after.outbox).toBe(before.outbox + 1);
  const [id, ...more] = (await outboxIds(flow.mail.template)).filter((i) => !known.includes(i));
  expect(more).toEqual([]);
  expect(await deliveredOnce(t, id!)).toBe(1);
  return passed;
}

/** A draft of `s` with its code sent, ready for "Xác nhận". */
async function readyToSubmit(i: number, email: string) {
  const d = await newDraft(t, freshIp());
  const a = await put(t, d, '/applicant', applicantOf(student(i)));
  expect(a.statusCode, a.body).toBe(200);
  await put(t, d, '/consent', { accepted: true });
  const jpeg = await picture();
  for (const kind of a.json().requiredPhotos as string[]) await upload(t, d, kind, jpeg);
  const sent = await post(t, d, '/otp', { agencyId: await agencyId(t, '031'), email });
  expect(sent.statusCode, sent.body).toBe(200);
  return d;
}

const status = async (id: string) =>
  String((await one('select status from registrations where id = $1', [id])).status);

function submitFlow(draft: Awaited<ReturnType<typeof readyToSubmit>>, email: string): Flow {
  return {
    act: () => post(t, draft, '/submit', { otp: codes.get(draft.id) }),
    observe: async () => ({
      state: await status(draft.id),
      audit: 0,
      outbox: await outboxCount('registration-submitted'),
    }),
    mail: { template: 'registration-submitted', to: email },
    audits: 0,
  };
}

function decisionFlow(id: string, action: 'approve' | 'reject', email: string): Flow {
  return {
    act: async () =>
      t.app.inject({
        method: 'POST',
        url: `/api/admin/registrations/${id}/${action}`,
        headers: await officer(t, DEMO.officers.haiphong),
        payload: action === 'reject' ? { reasonCode: 'photo_unclear' } : {},
      }),
    observe: async () => ({
      state: `${await status(id)}/${(await one('select count(*)::int as n from accounts where email = $1', [email])).n}`,
      audit: await auditCount(`registration.${action}`, id),
      outbox: await outboxCount(`registration-${action === 'approve' ? 'approved' : 'rejected'}`),
    }),
    mail: { template: `registration-${action === 'approve' ? 'approved' : 'rejected'}`, to: email },
    audits: 1,
  };
}

/** Submits student `i` (a fault at `point` on the way) and returns the pending application. */
async function submitted(i: number, email: string, point: string | null = null) {
  const draft = await readyToSubmit(i, email);
  const passed = await crashAt(point, submitFlow(draft, email));
  return { id: draft.id, passed };
}

const SUBMIT = ['begin', 'outbox:registration-submitted', 'commit', 'committed'];
const REJECT = [
  'begin',
  'audit:registration.reject',
  'outbox:registration-rejected',
  'commit',
  'committed',
];
const APPROVE = [
  'begin',
  'audit:registration.approve',
  'outbox:registration-approved',
  'commit',
  'committed',
];

describe('registration: submit and reject, a crash at every step', () => {
  // Student 5 registers again and again (a rejection frees the code for a new application);
  // these run before the approvals, which use every demo student once.
  // A new address each time: one address gets at most 5 mails of a kind a day (issue 10, 8c).
  const emailOf = (k: string) => `tai.dang.ky.${k}@example.vn`;
  it('records the points of submit and reject', async () => {
    const email = emailOf('dau');
    const app = await submitted(5, email);
    expect(app.passed).toEqual(SUBMIT);
    expect(await crashAt(null, decisionFlow(app.id, 'reject', email))).toEqual(REJECT);
  });
  // Every point of both: the i-th point of submit, then the i-th point of reject.
  it.each(REJECT.map((p, i) => [SUBMIT[i] ?? null, p] as const))(
    'submit with a fault at %s, reject with a fault at %s',
    async (submitPoint, rejectPoint) => {
      const email = emailOf(rejectPoint.replace(/\W/g, '-'));
      const app = await submitted(5, email, submitPoint);
      await crashAt(rejectPoint, decisionFlow(app.id, 'reject', email));
    },
  );
});

describe('registration: approve, a crash at every step', () => {
  it('records the points of approve', async () => {
    const email = 'duyet.0@example.vn';
    const app = await submitted(0, email);
    expect(await crashAt(null, decisionFlow(app.id, 'approve', email))).toEqual(APPROVE);
  });
  it.each(APPROVE.map((p, i) => [p, i + 1] as const))('with a fault at %s', async (point, i) => {
    const email = `duyet.${i}@example.vn`;
    const app = await submitted(i, email);
    await crashAt(point, decisionFlow(app.id, 'approve', email));
  });
});

describe('password reset: a crash at every step of start and confirm', () => {
  const c = DEMO.citizen;
  const account = async () =>
    one('select id, password_hash from accounts where bhxh_code = $1', [c.bhxhCode]);
  const startFlow = (ip: string): Flow => ({
    act: () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/start',
        headers: { 'x-forwarded-for': ip },
        payload: { bhxhCode: c.bhxhCode, email: c.email },
      }),
    observe: async () => ({
      state: String(
        (
          await one(
            "select string_agg(id::text || code_hmac, ',' order by created_at) as s from otps where purpose = 'password_reset'",
            [],
          )
        ).s,
      ),
      audit: 0,
      outbox: await outboxCount('password-reset-code'),
    }),
    mail: { template: 'password-reset-code', to: c.email },
    audits: 0,
  });
  const confirmFlow = (requestId: string, code: string): Flow => ({
    act: () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/confirm',
        headers: { 'x-forwarded-for': freshIp() },
        payload: { requestId, otp: code },
      }),
    observe: async () => ({
      state: String((await account()).password_hash),
      audit: 0,
      outbox: await outboxCount('password-reset-done'),
    }),
    mail: { template: 'password-reset-done', to: c.email },
    audits: 0,
  });
  const START = ['begin', 'outbox:password-reset-code', 'commit', 'committed'];
  const CONFIRM = ['begin', 'outbox:password-reset-done', 'commit', 'committed'];

  /** A reset request (a fault at `point` on the way); returns what "Xác nhận" needs. */
  async function started(point: string | null) {
    // A day later each time: the last code has expired and the hourly and daily send budgets
    // (per IP, per recipient) are fresh.
    clock.advance(24 * HOUR);
    const passed = await crashAt(point, startFlow(freshIp()));
    const { id } = await account();
    const row = await one(
      "select id from otps where purpose = 'password_reset' and subject = $1 order by created_at desc limit 1",
      [`account:${id}`],
    );
    return { requestId: String(row.id), code: codes.get(`account:${id}`)!, passed };
  }

  it('records the points of start and confirm', async () => {
    const s = await started(null);
    expect(s.passed).toEqual(START);
    expect(await crashAt(null, confirmFlow(s.requestId, s.code))).toEqual(CONFIRM);
  });
  it.each(START.map((p, i) => [p, CONFIRM[i]!] as const))(
    'start with a fault at %s, confirm with a fault at %s',
    async (startPoint, confirmPoint) => {
      const s = await started(startPoint);
      await crashAt(confirmPoint, confirmFlow(s.requestId, s.code));
    },
  );
});
