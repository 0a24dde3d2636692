import type { APIRequestContext, Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO } from '../apps/server/src/db/seed/demo.ts';
import { DEMO_STAFF } from '../apps/server/src/db/seed/demo-staff.ts';
import { DEMO_STUDENTS } from '../apps/server/src/db/seed/demo-students.ts';
import { schoolYearOf } from '../apps/server/src/db/seed/student-records.ts';
import { changePassword, signIn, signInStaff, waitForMailWhere } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { deskContext, phoneContext, shot } from './support.ts';

const FLOW = 'student-card';
// Phạm Quang Huy (not the student registration.spec.ts registers: both run on one server).
const STUDENT = DEMO_STUDENTS.find((s) => s.bhxhCode === '3123040103')!;
const OFFICER = DEMO_STAFF.find((s) => s.username === 'haiphong.officer')!;
const EMAIL = 'quanghuy.e2e@example.vn';
const NEW_PASSWORD = 'song-cam-thuyen-buom-2026';

/** Steps 1–4 of "Đăng ký tài khoản" through the API the screens use (the screens have their own spec). */
async function registerThroughApi(api: APIRequestContext, baseUrl: string): Promise<string> {
  const draft = await api.post('/api/registrations');
  expect(draft.status()).toBe(201);
  const { id, draftToken } = (await draft.json()) as { id: string; draftToken: string };
  const headers = { 'x-draft-token': draftToken };
  const url = (p: string) => `/api/registrations/${id}${p}`;
  const applicant = await api.put(url('/applicant'), {
    headers,
    data: {
      bhxhCode: STUDENT.bhxhCode,
      fullName: STUDENT.fullName,
      idNumber: STUDENT.idNumber,
      birthDate: STUDENT.birthDate,
      provinceCode: STUDENT.provinceCode,
      communeCode: STUDENT.communeCode,
      street: STUDENT.street,
      phone: STUDENT.phone,
    },
  });
  expect(applicant.status(), await applicant.text()).toBe(200);
  expect((await api.put(url('/consent'), { headers, data: { accepted: true } })).status()).toBe(
    200,
  );
  const jpeg = await sharp({
    create: { width: 640, height: 480, channels: 3, background: '#6fa8dc' },
  })
    .jpeg()
    .toBuffer();
  for (const kind of (await applicant.json()).requiredPhotos as string[]) {
    const photo = await api.put(url(`/photos/${kind}`), {
      headers: { ...headers, 'content-type': 'image/jpeg' },
      data: jpeg,
    });
    expect(photo.status()).toBe(200);
  }
  const agencies = await api.get(`/api/agencies?provinceCode=${STUDENT.provinceCode}`);
  const agency = ((await agencies.json()).items as { id: string; code: string }[]).find(
    (a) => a.code === '031',
  )!;
  const since = new Date(Date.now() - 1000);
  const otp = await api.post(url('/otp'), { headers, data: { agencyId: agency.id, email: EMAIL } });
  expect(otp.status(), await otp.text()).toBe(200);
  const mail = await waitForMailWhere(
    baseUrl,
    (m) => m.to.includes(EMAIL) && /\b\d{6}\b/.test(m.text),
    since,
  );
  const code = /\b(\d{6})\b/.exec(mail.text)![1];
  const submitted = await api.post(url('/submit'), { headers, data: { otp: code } });
  expect(submitted.status(), await submitted.text()).toBe(200);
  return (await submitted.json()).applicationNumber as string;
}

test.describe.configure({ mode: 'serial' });

test.describe('Issue 11: an approved student finds the card the school gives', () => {
  let page: Page;

  test.beforeAll(async ({ browser, baseUrl }) => {
    page = await (await phoneContext(browser, baseUrl)).newPage();
  });
  test.afterAll(async () => page?.context().close());

  test('registered, approved, signed in: the BHYT card and the BHYT months are there', async ({
    browser,
    baseUrl,
  }) => {
    const applicationNumber = await registerThroughApi(page.request, baseUrl);

    // "Duyệt" at /admin, as the Hải Phòng officer does it.
    const desk = await deskContext(browser, baseUrl);
    const admin = await desk.newPage();
    await signInStaff(admin, baseUrl, OFFICER, DEMO.password);
    const row = admin.locator('#queue-table tbody tr', { hasText: applicationNumber });
    await row.getByRole('link', { name: applicationNumber }).click();
    await admin.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await admin.getByRole('button', { name: 'Xác nhận duyệt' }).click();
    await expect(admin.locator('#decision-done')).toBeVisible();
    await desk.close();
    const credentials = await waitForMailWhere(
      baseUrl,
      (m) => m.to.includes(EMAIL) && m.subject === 'ID và mật khẩu tài khoản VssID của bạn',
    );
    const mailed = /Mật khẩu: (\S+)/.exec(credentials.text)![1]!;

    await page.goto('/ca-nhan/the-bhyt');
    await signIn(page, STUDENT.bhxhCode, mailed);
    await expect(page).toHaveURL(/\/ca-nhan\/doi-mat-khau$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' })).toBeVisible();
    await changePassword(page, mailed, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/ca-nhan$/);

    await page.goto('/ca-nhan/the-bhyt');
    const card = page.locator('#bhyt-card');
    await expect(card).toContainText(STUDENT.fullName.toLocaleUpperCase('vi'));
    const year = schoolYearOf(new Date());
    await expect(card).toContainText(`từ ngày 01/10/${year} đến ngày 30/09/${year + 1}`);
    await expect(card).toContainText('80%');
    await expect(card).toContainText('Bệnh viện Hữu nghị Việt Tiệp');
    await expect(page.getByRole('button', { name: 'Thử lại' })).toHaveCount(0);
    await shot(page, FLOW, '01-student-card');

    await page.goto('/ca-nhan/qua-trinh-tham-gia');
    await page.getByRole('tab', { name: 'BHYT', exact: true }).click();
    const periods = page.locator('#period-list .period');
    await expect(periods.first()).toContainText('Trường Đại học Hàng hải Việt Nam');
    await expect(page.locator('#participation-total')).not.toContainText(': 0 tháng');
    await shot(page, FLOW, '02-student-bhyt-months');
  });
});

test.describe('Issue 11: someone BHXH holds no card for is told so, and whom to contact', () => {
  test('the card screen: a plain notice with the agency, no error and no "Thử lại"', async ({
    browser,
    baseUrl,
  }) => {
    const context = await phoneContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto('/ca-nhan/the-bhyt');
    await signIn(page, DEMO.withoutCard.bhxhCode, DEMO.password);
    await expect(page).toHaveURL(/\/ca-nhan\/the-bhyt$/);
    const notice = page.locator('#no-card');
    await expect(notice).toContainText('Chưa có thẻ BHYT trong hồ sơ');
    await expect(notice).toContainText('BHXH TP Hải Phòng');
    await expect(notice).toContainText('0225.3842.368');
    await expect(notice.getByRole('link', { name: '0225.3842.368' })).toHaveAttribute(
      'href',
      'tel:02253842368',
    );
    await expect(page.getByRole('button', { name: 'Thử lại' })).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await shot(page, FLOW, '03-no-card');

    // A tab with no month on record: said plainly, not "0 tháng" as if it were a total.
    await page.goto('/ca-nhan/qua-trinh-tham-gia');
    await page.getByRole('tab', { name: 'BHTN', exact: true }).click();
    await expect(page.locator('#no-participation')).toContainText(
      'Chưa có quá trình tham gia BHTN',
    );
    await expect(page.locator('#participation-total')).toHaveCount(0);
    await shot(page, FLOW, '04-no-participation');
    await context.close();
  });
});
