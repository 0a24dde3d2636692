import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { FakeClock, MINUTE } from '../src/lib/clock.ts';
import {
  MAIL_LIMITS,
  REGISTRATION_OTP_SENDS_PER_DRAFT,
} from '../src/services/rate-limit.service.ts';
import type { TestApp } from './helpers.ts';
import {
  agencyId,
  applicantOf,
  type Draft,
  post as draftPost,
  newDraft,
  picture,
  put,
  registrationApp,
  student,
  upload,
} from './registration-helpers.ts';
import { deliverAll } from './support/mailbox.ts';

// Every route that mails an address the caller typed: limited per client IP and per recipient.
// Early in a UTC day, so the per-recipient day windows do not roll over during the file.
const clock = new FakeClock('2026-11-26T01:00:00Z');
let t: TestApp;
beforeAll(async () => {
  // The default drafts per IP an hour (the helper raises it), so registration codes get theirs.
  t = await registrationApp({ clock, env: { REGISTRATION_DRAFTS_PER_HOUR: '60' } });
});
afterAll(async () => t.close());

let ipCounter = 0;
const newIp = () => `203.0.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;
const send = (url: string, payload: object, ip: string) =>
  t.app.inject({ method: 'POST', url, payload, headers: { 'x-forwarded-for': ip } });
/** Mails the address received (any letter case), after delivering what is due; the outbox keeps no address. */
const mailsTo = async (_template: string, to: string) => {
  await deliverAll(t);
  return Number(
    (
      await t.runtime.database.executeSql(
        'select count(*)::int as n from dev_mailbox m, jsonb_array_elements_text(m.envelope_to) e where lower(e) = $1',
        [to.toLowerCase()],
      )
    ).rows[0]!.n,
  );
};

function expectIpLimit(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body).toBe(429);
  expect(res.json().error.code).toBe('MAIL_IP_LIMIT');
  expect(res.json().error.message).toMatch(/quá nhiều yêu cầu gửi email/);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
}
function expectRecipientLimit(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body).toBe(429);
  expect(res.json().error.code).toBe('MAIL_RECIPIENT_LIMIT');
  expect(res.json().error.fields[0]).toMatchObject({
    field: 'email',
    code: 'MAIL_RECIPIENT_LIMIT',
  });
  expect(res.json().error.fields[0].message).toMatch(/đã nhận đủ số thư/);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
}

describe('POST /api/feedback', () => {
  const feedback = (ip: string, email?: string) =>
    send(
      '/api/feedback',
      { category: 'question', content: 'Cho tôi hỏi về thẻ BHYT.', ...(email ? { email } : {}) },
      ip,
    );
  const N = MAIL_LIMITS.feedback.perIpHour;
  const M = MAIL_LIMITS.feedback.perRecipientDay;

  it(`a campus behind one IP sends ${N} in an hour (each their own address); the next is refused`, async () => {
    const ip = newIp();
    for (let i = 0; i < N; i++)
      expect((await feedback(ip, `sv${i}@campus.example.edu.vn`)).statusCode).toBe(201);
    const over = await feedback(ip, 'victim@example.com');
    expectIpLimit(over);
    expect(await mailsTo('feedback-received', 'victim@example.com')).toBe(0);
    clock.advance(60 * MINUTE);
    expect((await feedback(ip)).statusCode).toBe(201);
  });

  it(`one recipient gets at most ${M} a day, from however many IPs, whatever the case`, async () => {
    const to = 'target@example.com';
    for (let i = 0; i < M; i++) expect((await feedback(newIp(), to)).statusCode).toBe(201);
    expectRecipientLimit(await feedback(newIp(), to.toUpperCase()));
    expect(await mailsTo('feedback-received', to)).toBe(M);
    // Another address from those same kinds of IPs is untouched.
    expect((await feedback(newIp(), 'someone.else@example.com')).statusCode).toBe(201);
  });
});

describe('POST /api/auth/password-reset/start and /resend', () => {
  const start = (bhxhCode: string, email: string, ip: string) =>
    send('/api/auth/password-reset/start', { bhxhCode, email }, ip);
  const N = MAIL_LIMITS['password-reset'].perIpHour;
  const M = MAIL_LIMITS['password-reset'].perRecipientDay;

  it(`${N} requests an hour from one IP, then 429`, async () => {
    const ip = newIp();
    for (let i = 0; i < N; i++) {
      // The older 10-a-minute limit still applies: spread them like a help desk would.
      if (i % 10 === 9) clock.advance(MINUTE);
      const r = await start(`01900000${String(i).padStart(2, '0')}`, `p${i}@example.com`, ip);
      expect(r.statusCode, r.body).toBe(202);
    }
    clock.advance(MINUTE);
    expectIpLimit(await start('0190000099', 'p99@example.com', ip));
  });

  it.each([
    ['the account’s own address', () => DEMO.citizen.bhxhCode, DEMO.citizen.email],
    // A different code each time: other requests, the same mailbox.
    ['an address that matches no account', (i: number) => `019111111${i}`, 'not.theirs@ex.com'],
  ])(`%s gets at most ${M} codes a day, from many IPs (same answers)`, async (_w, code, email) => {
    for (let i = 0; i < M; i++) {
      const r = await start(code(i), email, newIp());
      expect(r.statusCode, r.body).toBe(202);
      clock.advance(61_000); // past "Gửi lại mã"'s 60 s, so each is a new mail
    }
    expectRecipientLimit(await start(code(M), email, newIp()));
    if (email === DEMO.citizen.email) expect(await mailsTo('password-reset-code', email)).toBe(M);
  });

  it('resends count toward the same per-recipient budget as starts', async () => {
    const first = await start('0192222222', 'resender@example.com', newIp());
    expect(first.statusCode).toBe(202);
    const requestId = first.json().requestId as string;
    for (let i = 1; i < M; i++) {
      clock.advance(61_000);
      const r = await send('/api/auth/password-reset/resend', { requestId }, newIp());
      // The OTP's own 5-an-hour cap is not reached before ours (M ≤ 5).
      expect(r.statusCode, r.body).toBe(202);
    }
    clock.advance(61_000);
    expectRecipientLimit(await send('/api/auth/password-reset/resend', { requestId }, newIp()));
  });
});

describe('POST /api/registrations/:id/otp', () => {
  const N = REGISTRATION_OTP_SENDS_PER_DRAFT * 60;
  const M = MAIL_LIMITS['registration-otp'].perRecipientDay;

  it(`${N} attempts an hour from one IP (a campus registration day), then 429`, async () => {
    const ip = newIp();
    const h = { 'x-forwarded-for': ip, 'x-draft-token': 'x'.repeat(43) };
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/registrations/${randomUUID()}/otp`,
        headers: h,
        payload: { email: 'a@example.com' },
      });
    for (let i = 0; i < N; i++) expect((await attempt()).statusCode).not.toBe(429);
    expectIpLimit(await attempt());
  });

  it(`one address gets at most ${M} codes a day, from many IPs`, async () => {
    const d: Draft = await newDraft(t, newIp());
    const r = await put(t, d, '/applicant', applicantOf(student(3)));
    expect(r.statusCode, r.body).toBe(200);
    await put(t, d, '/consent', { accepted: true });
    for (const kind of r.json().requiredPhotos) await upload(t, d, kind, await picture());
    const body = { agencyId: await agencyId(t, '031'), email: 'reg.target@example.com' };
    for (let i = 0; i < M; i++) {
      d.h['x-forwarded-for'] = newIp();
      const sent = await draftPost(t, d, '/otp', body);
      expect(sent.statusCode, sent.body).toBe(200);
      clock.advance(61_000);
    }
    d.h['x-forwarded-for'] = newIp();
    expectRecipientLimit(await draftPost(t, d, '/otp', body));
    expect(await mailsTo('registration-otp', body.email)).toBe(M);
  });
});
