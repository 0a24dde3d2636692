import { encodeBhytQr } from '@vssid/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_STAFF } from '../apps/server/src/db/seed/demo-staff.ts';
import { DEMO_STUDENTS } from '../apps/server/src/db/seed/demo-students.ts';
import { totpCode } from './auth-support.ts';
import { launchBrowser, phoneContext, shot } from './support.ts';

const baseUrl = inject('baseUrl');
const FLOW = 'registration';
const PASSWORD = 'cay-bang-la-do-2026'; // the demo staff's password (README)

// Trần Minh Đức: in the insurance records, no account yet, and known to the registry
// simulator, so only the portrait is asked for. He registers with the Hải Phòng agency.
const STUDENT = DEMO_STUDENTS.find((s) => s.bhxhCode === '3123040101' && s.inRegistry)!;
const OFFICER = DEMO_STAFF.find((s) => s.username === 'haiphong.officer')!;
const EMAIL = 'minhduc.e2e@example.vn';
const AGENCY = 'BHXH TP Hải Phòng';

type Mail = {
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
  attachments: { filename: string | null; contentType: string; size: number }[];
};

/** The newest mail to EMAIL that `match` accepts (polls up to 20 s). */
async function mailTo(match: (m: Mail) => boolean): Promise<Mail> {
  for (let i = 0; i < 100; i++) {
    const mails = (await (await fetch(`${baseUrl}/dev/mail/api/messages`)).json()) as Mail[];
    const found = mails
      .filter((m) => m.to.includes(EMAIL) && match(m))
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))[0];
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no matching mail to ${EMAIL}`);
}

/** The BHYT card's QR code as a photo in the gallery: a PNG with some margin around it. */
async function bhytQrPicture(): Promise<Buffer> {
  const payload = encodeBhytQr({
    cardNumber: { form: 'new', bhxhCode: STUDENT.bhxhCode },
    fullName: STUDENT.fullName,
    birthDate: STUDENT.birthDate,
    sex: STUDENT.gender,
    address: null,
    facility: { text: '31 - 001', code: '31001' },
    validFrom: '2025-01-01',
    validTo: null,
    issueDate: '2025-01-01',
  });
  return QRCode.toBuffer(payload, { type: 'png', width: 720, margin: 6 });
}

/** A 600x800 portrait-shaped JPEG (a face is not needed: the server checks format and size). */
function portraitJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800">
    <rect width="600" height="800" fill="#dfe9f5"/><circle cx="300" cy="300" r="150" fill="#c89f7e"/>
    <rect x="120" y="480" width="360" height="320" rx="120" fill="#0a6ecf"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/**
 * The officer's second factor. A code already used in this 30-second window (another spec's
 * sign-in of the same officer) is refused as a replay: then wait for the next window.
 */
async function enterTotp(admin: Page) {
  for (let attempt = 0; attempt < 2; attempt++) {
    await admin.fill('#staff-totp', await totpCode(OFFICER.totp));
    await admin.getByRole('button', { name: 'Xác nhận' }).click();
    const outcome = await Promise.race([
      admin.waitForURL('**/admin/ho-so').then(() => 'in' as const),
      admin
        .locator('#staff-totp-error')
        .waitFor()
        .then(() => 'refused' as const),
    ]).catch(() => 'timeout' as const);
    if (outcome === 'in') return;
    await admin.waitForTimeout(31_000 - (Date.now() % 30_000));
  }
  throw new Error('the officer could not sign in with TOTP');
}

async function choose(page: Page, input: string, typed: string, option: string) {
  await page.locator(input).click();
  await page.locator(input).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('"Đăng ký tài khoản" end to end, then "Duyệt" in the back office', () => {
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;
  let applicationNumber = '';
  let statusPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    phone = await phoneContext(browser, baseUrl);
    page = await phone.newPage();
  });
  afterAll(async () => browser?.close());

  it('fills step 1 from a BHYT QR picture chosen from the gallery', async () => {
    await page.goto('/dang-nhap');
    await page.getByRole('link', { name: 'Đăng ký tài khoản' }).click();
    await page.waitForURL('**/dang-ky');
    await page.locator('#reg-bhxh-code').waitFor();
    await shot(page, FLOW, '01-start');

    await page.setInputFiles('#qr-image', {
      name: 'the-bhyt.png',
      mimeType: 'image/png',
      buffer: await bhytQrPicture(),
    });
    await page.locator('#qr-filled').waitFor();
    expect(await page.inputValue('#reg-bhxh-code')).toBe(STUDENT.bhxhCode);
    expect(await page.inputValue('#reg-full-name')).toBe(STUDENT.fullName);
    await page.fill('#reg-id-number', STUDENT.idNumber);
    await page
      .locator('#reg-birth-date')
      .pressSequentially(STUDENT.birthDate.split('-').reverse().join(''));
    expect(await page.inputValue('#reg-birth-date')).toBe('17/04/2005');
    await shot(page, FLOW, '02-qr-filled');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.waitForURL('**/dang-ky?buoc=2');
  });

  it('finds "Thành phố Hải Phòng" by typing "hai phong", and a reload keeps everything', async () => {
    await choose(page, '#reg-province', 'hai phong', 'Thành phố Hải Phòng');
    await choose(page, '#reg-commune', 'gia vien', STUDENT.communeName);
    await page.fill('#reg-street', STUDENT.street);
    await page.fill('#reg-phone', STUDENT.phone);
    expect(await page.getAttribute('#reg-phone', 'inputmode')).toBe('tel');
    await shot(page, FLOW, '03-address');

    await page.locator('#reg-save-state', { hasText: 'Đã lưu' }).waitFor();
    await page.reload();
    await page.locator('#reg-street').waitFor();
    // the pickers show names once the official lists have loaded again
    await expect.poll(() => page.inputValue('#reg-province')).toBe('Thành phố Hải Phòng');
    await expect.poll(() => page.inputValue('#reg-commune')).toBe(STUDENT.communeName);
    expect(await page.inputValue('#reg-street')).toBe(STUDENT.street);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.waitForURL('**/dang-ky?buoc=3');
  });

  it('asks only for the portrait once the registry vouched, after explicit consent', async () => {
    await page.locator('#reg-registry-verified').waitFor();
    expect(await page.locator('#reg-registry-verified').textContent()).toContain(
      'Thông tin công dân đã được Cơ sở dữ liệu Quốc gia về dân cư xác thực.',
    );
    expect(await page.locator('#reg-photo-portrait-gallery').count()).toBe(0); // consent first
    await shot(page, FLOW, '04-photos-consent');
    await page.locator('label[for="reg-consent"]').click();
    await page.locator('.consent__given').waitFor();
    await page.setInputFiles('#reg-photo-portrait-gallery', {
      name: 'chan-dung.jpg',
      mimeType: 'image/jpeg',
      buffer: await portraitJpeg(),
    });
    await page.locator('.photo-thumb img').first().waitFor();
    await page.locator('#reg-photo-portrait-label').evaluate((el) => el.scrollIntoView());
    await shot(page, FLOW, '05-portrait-saved');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.waitForURL('**/dang-ky?buoc=4');
  });

  it('sends the OTP to the email and submits with the code from the mailbox', async () => {
    await page.locator('.agency', { hasText: AGENCY }).first().waitFor();
    expect(await page.locator('.agency').first().textContent()).toContain(AGENCY); // own province first
    await page.locator('.agency', { hasText: AGENCY }).first().click();
    await page.fill('#reg-email', EMAIL);
    await shot(page, FLOW, '06-agency-email');
    const since = new Date().toISOString();
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await page.locator('#reg-otp').waitFor();
    expect(await page.getAttribute('#reg-otp', 'autocomplete')).toBe('one-time-code');
    const otpMail = await mailTo((m) => m.receivedAt >= since && /\b\d{6}\b/.test(m.text));
    const otp = /\b(\d{6})\b/.exec(otpMail.text)?.[1] ?? '';
    await shot(page, FLOW, '07-otp');

    await page.fill('#reg-otp', otp);
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.locator('#reg-done').waitFor();
    applicationNumber = (await page.locator('#reg-application-number').textContent())?.trim() ?? '';
    expect(applicationNumber).not.toBe('');
    await shot(page, FLOW, '08-done');
  });

  it('mails the declaration form as a PDF, with the status link', async () => {
    const mail = await mailTo((m) => m.subject.includes(applicationNumber));
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.filename).toMatch(/\.pdf$/);
    expect(pdf?.size).toBeGreaterThan(1000);
    const link = /https?:\/\/\S+\/dang-ky\/trang-thai\?\S*#t=\S+/.exec(mail.text)?.[0] ?? '';
    const url = new URL(link);
    statusPath = `${url.pathname}${url.search}${url.hash}`;
    await page.goto(statusPath);
    await page.fill('#status-bhxh-code', STUDENT.bhxhCode);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.locator('#status-result', { hasText: 'Chờ duyệt' }).waitFor();
    await shot(page, FLOW, '09-status-pending');
  });

  it('lets the Hải Phòng officer approve it at /admin, and the credentials mail arrives', async () => {
    const desk = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 800 },
      locale: 'vi-VN',
    });
    const admin = await desk.newPage();
    await admin.goto('/admin');
    await admin.fill('#staff-username', OFFICER.username);
    await admin.fill('#staff-password', PASSWORD);
    await admin.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await admin.locator('#staff-totp').waitFor();
    await enterTotp(admin);
    const row = admin.locator('#queue-table tbody tr', { hasText: applicationNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain(STUDENT.fullName);
    await shot(admin, FLOW, '10-admin-queue');

    await row.getByRole('link', { name: applicationNumber }).click();
    await admin.locator('#applicant-title').waitFor();
    await admin.locator('.bo-photo img').first().waitFor();
    await shot(admin, FLOW, '11-admin-detail');
    await admin.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await admin.locator('#approve-dialog').waitFor();
    expect(await admin.locator('#approve-dialog').textContent()).toContain(EMAIL);
    await shot(admin, FLOW, '12-admin-approve-confirm');
    await admin.getByRole('button', { name: 'Xác nhận duyệt' }).click();
    await admin.locator('#decision-done').waitFor();
    await admin.locator('#decision-made').waitFor();
    await shot(admin, FLOW, '13-admin-approved');

    const credentials = await mailTo((m) => m.subject === 'ID và mật khẩu tài khoản VssID của bạn');
    expect(credentials.text).toContain(STUDENT.bhxhCode);
    expect(credentials.text).toMatch(/Mật khẩu: \S{8,}/);

    await page.goto(statusPath);
    await page.fill('#status-bhxh-code', STUDENT.bhxhCode);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.locator('#status-result', { hasText: 'Đã duyệt' }).waitFor();
    await shot(page, FLOW, '14-status-approved');
  });
});
