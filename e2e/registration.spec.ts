import type { Page } from '@playwright/test';
import { encodeBhytQr } from '@vssid/domain';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { DEMO_STAFF } from '../apps/server/src/db/seed/demo-staff.ts';
import { DEMO_STUDENTS } from '../apps/server/src/db/seed/demo-students.ts';
import { type Mail as DevMail, signInStaff, waitForMailWhere } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { deskContext, phoneContext, shot } from './support.ts';

const FLOW = 'registration';
const PASSWORD = 'cay-bang-la-do-2026'; // the demo staff's password (README)

// Trần Minh Đức: in the insurance records, no account yet, and known to the registry
// simulator, so only the portrait is asked for. He registers with the Hải Phòng agency.
const STUDENT = DEMO_STUDENTS.find((s) => s.bhxhCode === '3123040101' && s.inRegistry)!;
const OFFICER = DEMO_STAFF.find((s) => s.username === 'haiphong.officer')!;
const EMAIL = 'minhduc.e2e@example.vn';
const AGENCY = 'BHXH TP Hải Phòng';

type Mail = DevMail & {
  attachments: { filename: string | null; contentType: string; size: number }[];
};

/** The newest mail to EMAIL that `match` accepts (waits up to 60 s). */
const mailTo = (baseUrl: string, match: (m: Mail) => boolean, since?: Date) =>
  waitForMailWhere<Mail>(baseUrl, (m) => m.to.includes(EMAIL) && match(m), since);

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

async function choose(page: Page, input: string, typed: string, option: string) {
  await page.locator(input).click();
  await page.locator(input).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

test.describe.configure({ mode: 'serial' });

test.describe('"Đăng ký tài khoản" end to end, then "Duyệt" in the back office', () => {
  let page: Page;
  let applicationNumber = '';
  let statusPath = '';

  test.beforeAll(async ({ browser, baseUrl }) => {
    page = await (await phoneContext(browser, baseUrl)).newPage();
  });
  test.afterAll(async () => page?.context().close());

  test('fills step 1 from a BHYT QR picture chosen from the gallery', async () => {
    await page.goto('/dang-nhap');
    await page.getByRole('link', { name: 'Đăng ký tài khoản' }).click();
    await expect(page).toHaveURL(/\/dang-ky$/);
    await expect(page.locator('#reg-bhxh-code')).toBeVisible();
    await shot(page, FLOW, '01-start');

    await page.setInputFiles('#qr-image', {
      name: 'the-bhyt.png',
      mimeType: 'image/png',
      buffer: await bhytQrPicture(),
    });
    await expect(page.locator('#qr-filled')).toBeVisible();
    await expect(page.locator('#reg-bhxh-code')).toHaveValue(STUDENT.bhxhCode);
    await expect(page.locator('#reg-full-name')).toHaveValue(STUDENT.fullName);
    await page.fill('#reg-id-number', STUDENT.idNumber);
    await page
      .locator('#reg-birth-date')
      .pressSequentially(STUDENT.birthDate.split('-').reverse().join(''));
    await expect(page.locator('#reg-birth-date')).toHaveValue('17/04/2005');
    await shot(page, FLOW, '02-qr-filled');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page).toHaveURL(/\/dang-ky\?buoc=2$/);
  });

  test('finds "Thành phố Hải Phòng" by typing "hai phong", and a reload keeps everything', async () => {
    await choose(page, '#reg-province', 'hai phong', 'Thành phố Hải Phòng');
    await choose(page, '#reg-commune', 'gia vien', STUDENT.communeName);
    await page.fill('#reg-street', STUDENT.street);
    await page.fill('#reg-phone', STUDENT.phone);
    await expect(page.locator('#reg-phone')).toHaveAttribute('inputmode', 'tel');
    await shot(page, FLOW, '03-address');

    await expect(page.locator('#reg-save-state', { hasText: 'Đã lưu' })).toBeVisible();
    await page.reload();
    // the pickers show names once the official lists have loaded again
    await expect(page.locator('#reg-province')).toHaveValue('Thành phố Hải Phòng');
    await expect(page.locator('#reg-commune')).toHaveValue(STUDENT.communeName);
    await expect(page.locator('#reg-street')).toHaveValue(STUDENT.street);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page).toHaveURL(/\/dang-ky\?buoc=3$/);
  });

  test('asks only for the portrait once the registry vouched, after explicit consent', async () => {
    await expect(page.locator('#reg-registry-verified')).toContainText(
      'Thông tin công dân đã được Cơ sở dữ liệu Quốc gia về dân cư xác thực.',
    );
    await expect(page.locator('#reg-photo-portrait-gallery')).toHaveCount(0); // consent first
    await shot(page, FLOW, '04-photos-consent');
    await page.locator('label[for="reg-consent"]').click();
    await expect(page.locator('.consent__given')).toBeVisible();
    await page.setInputFiles('#reg-photo-portrait-gallery', {
      name: 'chan-dung.jpg',
      mimeType: 'image/jpeg',
      buffer: await portraitJpeg(),
    });
    await expect(page.locator('.photo-thumb img').first()).toBeVisible();
    await page.locator('#reg-photo-portrait-label').evaluate((el) => el.scrollIntoView());
    await shot(page, FLOW, '05-portrait-saved');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page).toHaveURL(/\/dang-ky\?buoc=4$/);
  });

  test('sends the OTP to the email and submits with the code from the mailbox', async ({
    baseUrl,
  }) => {
    const agency = page.locator('.agency', { hasText: AGENCY }).first();
    await expect(agency).toBeVisible();
    await expect(page.locator('.agency').first()).toContainText(AGENCY); // own province first
    await agency.click();
    await page.fill('#reg-email', EMAIL);
    await shot(page, FLOW, '06-agency-email');
    const since = new Date(Date.now() - 1000);
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect(page.locator('#reg-otp')).toHaveAttribute('autocomplete', 'one-time-code');
    const otpMail = await mailTo(baseUrl, (m) => /\b\d{6}\b/.test(m.text), since);
    const otp = /\b(\d{6})\b/.exec(otpMail.text)?.[1] ?? '';
    await shot(page, FLOW, '07-otp');

    await page.fill('#reg-otp', otp);
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(page.locator('#reg-done')).toBeVisible();
    await expect(page.locator('#reg-application-number')).not.toHaveText(/^\s*$/);
    applicationNumber = (await page.locator('#reg-application-number').textContent())?.trim() ?? '';
    await shot(page, FLOW, '08-done');
  });

  test('mails the declaration form as a PDF, with the status link', async ({ baseUrl }) => {
    const mail = await mailTo(baseUrl, (m) => m.subject.includes(applicationNumber));
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.filename).toMatch(/\.pdf$/);
    expect(pdf?.size).toBeGreaterThan(1000);
    const link = /https?:\/\/\S+\/dang-ky\/trang-thai\?\S*#t=\S+/.exec(mail.text)?.[0] ?? '';
    const url = new URL(link);
    statusPath = `${url.pathname}${url.search}${url.hash}`;
    await page.goto(statusPath);
    await page.fill('#status-bhxh-code', STUDENT.bhxhCode);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect(page.locator('#status-result', { hasText: 'Chờ duyệt' })).toBeVisible();
    await shot(page, FLOW, '09-status-pending');
  });

  test('lets the Hải Phòng officer approve it at /admin, and the credentials mail arrives', async ({
    browser,
    baseUrl,
  }) => {
    const desk = await deskContext(browser, baseUrl);
    const admin = await desk.newPage();
    // A code of a step this run already spent is not reused: the helper steps the server clock.
    await signInStaff(admin, baseUrl, OFFICER, PASSWORD);
    await expect(admin).toHaveURL(/\/admin\/ho-so$/);
    const row = admin.locator('#queue-table tbody tr', { hasText: applicationNumber });
    await expect(row).toContainText(STUDENT.fullName);
    await shot(admin, FLOW, '10-admin-queue');

    await row.getByRole('link', { name: applicationNumber }).click();
    await expect(admin.locator('#applicant-title')).toBeVisible();
    await expect(admin.locator('.bo-photo img').first()).toBeVisible();
    await shot(admin, FLOW, '11-admin-detail');
    await admin.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect(admin.locator('#approve-dialog')).toContainText(EMAIL);
    await shot(admin, FLOW, '12-admin-approve-confirm');
    await admin.getByRole('button', { name: 'Xác nhận duyệt' }).click();
    // The "Hoàn tác" bar names the application; the queue's next one (if any) opens.
    await expect(admin.locator('#decision-done')).toContainText(applicationNumber);
    await shot(admin, FLOW, '13-admin-approved');

    const credentials = await mailTo(
      baseUrl,
      (m) => m.subject === 'ID và mật khẩu tài khoản VssID của bạn',
    );
    expect(credentials.text).toContain(STUDENT.bhxhCode);
    expect(credentials.text).toMatch(/Mật khẩu: \S{8,}/);
    await desk.close();

    await page.goto(statusPath);
    await page.fill('#status-bhxh-code', STUDENT.bhxhCode);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect(page.locator('#status-result', { hasText: 'Đã duyệt' })).toBeVisible();
    await shot(page, FLOW, '14-status-approved');
  });
});
