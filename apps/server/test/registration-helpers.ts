import sharp from 'sharp';
import { expect } from 'vitest';
import { DEMO_STUDENTS, type DemoStudent } from '../src/db/seed/demo-students.ts';
import type { Clock } from '../src/lib/clock.ts';
import { createTestApp, sessionHeaders, type TestApp } from './helpers.ts';

export const STUDENTS = DEMO_STUDENTS;
export const student = (i: number): DemoStudent => DEMO_STUDENTS[i]!;

/** The app with units and demo people seeded; per-IP limits raised unless a test sets them. */
export async function registrationApp(
  o: { clock?: Clock; env?: Record<string, string>; workers?: boolean } = {},
) {
  const t = await createTestApp({
    seed: { adminUnits: true, demo: true },
    workers: o.workers ?? false,
    ...(o.clock ? { clock: o.clock } : {}),
    env: {
      REGISTRATION_CHECKS_PER_MINUTE: '1000',
      REGISTRATION_CHECKS_PER_DAY: '10000',
      REGISTRATION_DRAFTS_PER_HOUR: '10000',
      POPULATION_REGISTRY_TIMEOUT_MS: '400',
      ...o.env,
    },
  });
  return t;
}

/** Captures every OTP the app issues, as the mail would carry it. */
export function captureOtps(t: TestApp): Map<string, string> {
  const codes = new Map<string, string>();
  const otps = t.runtime.services.otps;
  const issue = otps.issue.bind(otps);
  otps.issue = async (o) => {
    const issued = await issue(o);
    codes.set(o.subject, issued.code);
    return issued;
  };
  return codes;
}

export type Draft = { id: string; token: string; h: Record<string, string> };

/** A new draft; `ip` makes its requests come from that address (per-IP limits). */
export async function newDraft(t: TestApp, ip = '198.51.100.1'): Promise<Draft> {
  const r = await t.app.inject({
    method: 'POST',
    url: '/api/registrations',
    headers: { 'x-forwarded-for': ip },
  });
  expect(r.statusCode, r.body).toBe(201);
  const { id, draftToken } = r.json();
  return { id, token: draftToken, h: { 'x-draft-token': draftToken, 'x-forwarded-for': ip } };
}

export function applicantOf(s: DemoStudent) {
  return {
    bhxhCode: s.bhxhCode,
    fullName: s.fullName,
    idNumber: s.idNumber,
    birthDate: s.birthDate,
    provinceCode: s.provinceCode,
    communeCode: s.communeCode,
    street: s.street,
    phone: s.phone,
  };
}

export const put = (t: TestApp, d: Draft, path: string, payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/registrations/${d.id}${path}`,
    headers: d.h,
    payload: payload as object,
  });
export const post = (t: TestApp, d: Draft, path: string, payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: `/api/registrations/${d.id}${path}`,
    headers: d.h,
    payload: payload as object,
  });

/** A plain picture of the given size (JPEG unless asked otherwise). */
export function picture(width = 640, height = 480, format: 'jpeg' | 'png' | 'webp' = 'jpeg') {
  return sharp({ create: { width, height, channels: 3, background: '#6fa8dc' } })
    .toFormat(format)
    .toBuffer();
}

export async function upload(
  t: TestApp,
  d: Draft,
  kind: string,
  body: Buffer,
  contentType = 'image/jpeg',
) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/registrations/${d.id}/photos/${kind}`,
    headers: { ...d.h, 'content-type': contentType },
    payload: body,
  });
}

export async function agencyId(t: TestApp, code: string): Promise<string> {
  const r = await t.runtime.database.executeSql('select id from agencies where code = $1', [code]);
  return String(r.rows[0]!.id);
}

export async function officer(t: TestApp, username: string) {
  const r = await t.runtime.database.executeSql('select id from accounts where username = $1', [
    username,
  ]);
  return sessionHeaders(t, String(r.rows[0]!.id), 'staff');
}

/**
 * Runs the whole citizen flow for a student up to "Xác nhận" and returns the draft and the
 * submission's answer. `photos` defaults to what the draft requires.
 */
export async function register(
  t: TestApp,
  codes: Map<string, string>,
  s: DemoStudent,
  o: { email?: string; agencyCode?: string } = {},
) {
  const d = await newDraft(t);
  const a = await put(t, d, '/applicant', applicantOf(s));
  expect(a.statusCode, a.body).toBe(200);
  expect((await put(t, d, '/consent', { accepted: true })).statusCode).toBe(200);
  const jpeg = await picture();
  for (const kind of a.json().requiredPhotos as string[])
    expect((await upload(t, d, kind, jpeg)).statusCode).toBe(200);
  const email = o.email ?? `${s.bhxhCode}@example.com`;
  const sent = await post(t, d, '/otp', {
    agencyId: await agencyId(t, o.agencyCode ?? '031'),
    email,
  });
  expect(sent.statusCode, sent.body).toBe(200);
  const submitted = await post(t, d, '/submit', { otp: codes.get(d.id) });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return { draft: d, submitted: submitted.json() as { applicationNumber: string }, email };
}
