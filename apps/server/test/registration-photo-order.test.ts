import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { FakeClock } from '../src/lib/clock.ts';
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
  register,
  registrationApp,
  STUDENTS,
  upload,
} from './registration-helpers.ts';

/** Issue 11 point 12: the officer sees portrait, front, back, whatever the upload order. */
const clock = new FakeClock('2026-11-26T02:00:00Z');
let t: TestApp;
let codes: Map<string, string>;
beforeAll(async () => {
  t = await registrationApp({ clock });
  codes = captureOtps(t);
});
afterAll(async () => t.close());

const kindsOf = async (id: string) => {
  const r = await t.app.inject({
    method: 'GET',
    url: `/api/admin/registrations/${id}`,
    headers: await officer(t, DEMO.officers.haiphong),
  });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().photos.map((p: { kind: string }) => p.kind);
};

describe('GET /api/admin/registrations/:id photos', () => {
  it("lists a CMND applicant's photos as portrait, front, back although uploaded back first", async () => {
    const trang = STUDENTS.find((s) => s.bhxhCode === '3123040106')!; // CMND, not in the registry
    const d = await newDraft(t);
    const a = await put(t, d, '/applicant', applicantOf(trang));
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json().requiredPhotos).toEqual(['portrait', 'id_front', 'id_back']);
    await put(t, d, '/consent', { accepted: true });
    for (const kind of ['id_back', 'id_front', 'portrait']) {
      expect((await upload(t, d, kind, await picture())).statusCode).toBe(200);
      clock.advance(1000);
    }
    const email = 'trang@example.com';
    expect(
      (await post(t, d, '/otp', { agencyId: await agencyId(t, '031'), email })).statusCode,
    ).toBe(200);
    expect((await post(t, d, '/submit', { otp: codes.get(d.id) })).statusCode).toBe(200);
    expect(await kindsOf(d.id)).toEqual(['portrait', 'id_front', 'id_back']);
  });

  it('shows a registry-confirmed CCCD applicant the portrait only', async () => {
    clock.advance(61_000);
    const { draft } = await register(t, codes, STUDENTS[0]!);
    expect(await kindsOf(draft.id)).toEqual(['portrait']);
  });
});
