import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../src/db/seed/demo.ts';
import { FakeClock, MINUTE } from '../src/lib/clock.ts';
import type { TestApp } from './helpers.ts';
import { pdfText } from './pdf-text.ts';
import {
  agencyId,
  applicantOf,
  captureOtps,
  type Draft,
  newDraft,
  picture,
  post,
  put,
  register,
  registrationApp,
  student,
  upload,
} from './registration-helpers.ts';
import { mailsOf } from './support/mailbox.ts';

const clock = new FakeClock('2026-11-26T02:00:00Z');
let t: TestApp;
let codes: Map<string, string>;
let hp: string;
beforeAll(async () => {
  t = await registrationApp({ clock });
  codes = captureOtps(t);
  hp = await agencyId(t, '031');
});
afterAll(async () => t.close());

/** A draft ready for "Gửi" (steps 1–3 done). */
async function ready(i: number): Promise<Draft> {
  const d = await newDraft(t);
  const r = await put(t, d, '/applicant', applicantOf(student(i)));
  expect(r.statusCode, r.body).toBe(200);
  await put(t, d, '/consent', { accepted: true });
  for (const kind of r.json().requiredPhotos) await upload(t, d, kind, await picture());
  return d;
}
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
const outbox = (template: string, to: string) => mailsOf(t, template, to);

describe('POST /api/registrations/:id/otp ("Gửi")', () => {
  it('mails a 6-digit code valid 4 minutes and refuses "Gửi lại mã" within 60 s', async () => {
    const d = await ready(0);
    const r = await post(t, d, '/otp', { agencyId: hp, email: 'duc.tran@example.com' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ maskedEmail: 'd•••••tran@example.com', ttlSeconds: 240 });
    const [mail] = await outbox('registration-otp', 'duc.tran@example.com');
    expect(mail!.text).toContain(codes.get(d.id));
    expect(mail!.text).toContain('có hiệu lực trong 4 phút');
    clock.advance(30_000);
    const again = await post(t, d, '/otp', { agencyId: hp, email: 'duc.tran@example.com' });
    expect(again.statusCode).toBe(429);
    expect(again.json().error.code).toBe('OTP_RESEND_TOO_EARLY');
    expect(Number(again.headers['retry-after'])).toBe(30);
    clock.advance(30_000);
    expect(
      (await post(t, d, '/otp', { agencyId: hp, email: 'duc.tran@example.com' })).statusCode,
    ).toBe(200);
  });

  it('refuses an email already used by another BHXH code (account or pending application)', async () => {
    const d = await ready(1);
    const taken = await post(t, d, '/otp', {
      agencyId: hp,
      email: DEMO.citizen.email.toUpperCase(),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toEqual([
      expect.objectContaining({ field: 'email', code: 'EMAIL_TAKEN' }),
    ]);
    await register(t, codes, student(2), { email: 'shared@example.com' });
    const pending = await post(t, d, '/otp', { agencyId: hp, email: 'shared@example.com' });
    expect(pending.json().error.code).toBe('EMAIL_TAKEN');
  });

  it('names every missing step, an unknown agency and a bad email, and keeps what was typed', async () => {
    const d = await newDraft(t);
    const r = await post(t, d, '/otp', { agencyId: hp, email: 'x@example.com' });
    expect(r.statusCode).toBe(422);
    expect(
      r.json().error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`),
    ).toEqual([
      'applicant:APPLICANT_NOT_VERIFIED',
      'consent:CONSENT_REQUIRED',
      'portrait:PHOTO_REQUIRED',
      'id_front:PHOTO_REQUIRED',
      'id_back:PHOTO_REQUIRED',
    ]);
    const ok = await ready(3);
    const agency = await post(t, ok, '/otp', {
      agencyId: '00000000-0000-0000-0000-000000000000',
      email: 'anh@example.com',
    });
    expect(agency.json().error.fields[0]).toMatchObject({
      field: 'agencyId',
      code: 'AGENCY_NOT_FOUND',
    });
    const email = await post(t, ok, '/otp', { agencyId: hp, email: 'anh@example' });
    expect(email.json().error.fields[0]).toMatchObject({
      field: 'email',
      code: 'EMAIL_DOMAIN_INVALID',
    });
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/registrations/${ok.id}`,
      headers: ok.h,
    });
    expect(view.json().answers).toMatchObject({ agencyId: hp, email: 'anh@example' });
  });
});

describe('POST /api/registrations/:id/submit ("Xác nhận")', () => {
  it('refuses the code at 4 minutes', async () => {
    const d = await ready(4);
    await post(t, d, '/otp', { agencyId: hp, email: 'nam@example.com' });
    clock.advance(4 * MINUTE);
    const r = await post(t, d, '/submit', { otp: codes.get(d.id) });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields[0]).toMatchObject({ field: 'otp', code: 'OTP_EXPIRED' });
  });

  it('voids the code after 5 wrong entries: the 6th, even right, is refused', async () => {
    const d = await ready(5);
    await post(t, d, '/otp', { agencyId: hp, email: 'trang@example.com' });
    const code = codes.get(d.id)!;
    const answers: string[] = [];
    for (let i = 0; i < 5; i++)
      answers.push((await post(t, d, '/submit', { otp: wrong(code) })).json().error.code);
    expect(answers).toEqual([
      'OTP_INVALID',
      'OTP_INVALID',
      'OTP_INVALID',
      'OTP_INVALID',
      'OTP_LOCKED',
    ]);
    const sixth = await post(t, d, '/submit', { otp: code });
    expect(sixth.json().error.code).toBe('OTP_LOCKED');
  });

  it('refuses "Xác nhận" before any code was sent', async () => {
    const d = await ready(3);
    const r = await post(t, d, '/submit', { otp: '123456' });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('OTP_NOT_SENT');
  });

  it('submits, numbers the application and mails the declaration PDF with the status link', async () => {
    clock.advance(61_000);
    const { submitted, draft } = await register(t, codes, student(0), {
      email: 'duc.tran@example.com',
    });
    expect(submitted).toMatchObject({
      status: 'pending',
      applicationNumber: expect.stringMatching(/^DK-2026-\d{6}$/),
    });
    const again = await post(t, draft, '/submit', { otp: '000000' });
    expect(again.json().error.code).toBe('REGISTRATION_ALREADY_SUBMITTED');

    const [mail] = await outbox('registration-submitted', 'duc.tran@example.com');
    expect(mail!.subject).toContain(submitted.applicationNumber);
    const link = /\/dang-ky\/trang-thai\?ma=(DK-[\d-]+)#t=([A-Za-z0-9_-]+)/.exec(mail!.text);
    expect(link?.[1]).toBe(submitted.applicationNumber);
    const pdf = mail!.attachments[0]!;
    expect(pdf.filename).toBe(`to-khai-dang-ky-${submitted.applicationNumber}.pdf`);
    const { text, fonts } = await pdfText(pdf.content);
    expect(fonts.some((f) => f.includes('BeVietnamPro'))).toBe(true);
    for (const expected of [
      'TỜ KHAI',
      'ĐĂNG KÝ SỬ DỤNG PHƯƠNG THỨC GIAO DỊCH ĐIỆN TỬ',
      `Số hồ sơ: ${submitted.applicationNumber}`,
      'Họ và tên: Trần Minh Đức',
      'Mã số BHXH: 3123040101',
      'Ngày sinh: 17/04/2005',
      'Số CCCD/CMND/Hộ chiếu: 031205004127',
      'Số 12 ngõ 84 Lạch Tray, Phường Gia Viên, Thành phố Hải Phòng',
      'Số điện thoại: 0987654301',
      'duc.tran@example.com',
      'Cơ quan BHXH tiếp nhận: BHXH TP Hải Phòng',
      'Ngày 26 tháng 11 năm 2026',
      'NGƯỜI KÊ KHAI',
    ])
      expect(text).toContain(expected);

    const status = await t.app.inject({
      method: 'POST',
      url: '/api/registrations/status',
      payload: { bhxhCode: '3123040101', token: link![2] },
    });
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()).toMatchObject({
      status: 'pending',
      statusLabel: 'Chờ duyệt',
      rejectReason: null,
    });
    const wrongCode = await t.app.inject({
      method: 'POST',
      url: '/api/registrations/status',
      payload: { bhxhCode: '3123040102', token: link![2] },
    });
    expect(wrongCode.statusCode).toBe(404);
    expect(wrongCode.json().error.code).toBe('STATUS_NOT_FOUND');
  });
});
