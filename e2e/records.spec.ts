import type { BrowserContext, Page } from '@playwright/test';
import { CITIZEN, localUrl, STAFF, signIn, signInStaff } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { deskContext, phoneContext, shot } from './support.ts';

const FLOW = 'records';

test.describe.configure({ mode: 'serial' });

test.describe('QL cá nhân: the demo citizen’s records at 390x844', () => {
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async ({ browser, baseUrl }) => {
    context = await phoneContext(browser, localUrl(baseUrl));
    page = await context.newPage();
  });
  test.afterAll(async () => context?.close());

  test('shows the seeded period, its Chi tiết and the total in Quá trình tham gia', async () => {
    await page.goto('/ca-nhan/qua-trinh-tham-gia');
    await expect(page).toHaveURL(/\/dang-nhap$/);
    await signIn(page, CITIZEN.bhxhCode, CITIZEN.password);
    await expect(page).toHaveURL(/\/ca-nhan\/qua-trinh-tham-gia$/);
    await expect(page.locator('#participation-total')).toHaveText(
      'Tổng thời gian tham gia: 12 năm 2 tháng',
    );
    const row = page
      .locator('.period')
      .filter({ hasText: '02/2020 - 09/2020' })
      .filter({ hasText: 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN' });
    await expect(row).toBeVisible();
    await shot(page, FLOW, '01-participation');

    await row.locator('.period__row').click();
    const detail = row.locator('.period-detail');
    await expect(detail).toContainText('Chi tiết');
    await expect(detail).toContainText('5.453.400,00');
    await expect(detail).toContainText('3,66');
    await detail.scrollIntoViewIfNeeded();
    await shot(page, FLOW, '02-participation-detail');

    const unpaid = page.locator('#unpaid');
    await unpaid.scrollIntoViewIfNeeded();
    await expect(unpaid).toContainText('TRUNG TÂM CÔNG NGHỆ THÔNG TIN');
    await shot(page, FLOW, '03-participation-unpaid');
  });

  test('shows the maternity benefit under ÔĐTS and the Sổ khám chữa bệnh', async () => {
    await page.goto('/ca-nhan/thong-tin-huong');
    await page.getByRole('tab', { name: 'ÔĐTS' }).click();
    await expect(
      page.getByRole('heading', { name: 'Thông tin hưởng ốm đau thai sản' }),
    ).toBeVisible();
    const birth = page.locator('.benefit').filter({ hasText: 'Sinh con' });
    await expect(birth).toContainText('18.423.000 đ');
    await shot(page, FLOW, '04-benefits-maternity');
    await page.getByRole('tab', { name: 'Thất nghiệp' }).click();
    await expect(page.locator('#benefits-empty, #benefit-list').first()).toBeVisible();
    await shot(page, FLOW, '05-benefits-unemployment');

    // A slow answer shows a skeleton, a failed one the error and "Thử lại". The route holds the
    // answer until the skeleton has been photographed, then fails it: no guessed delay.
    let release: () => void = () => {};
    const photographed = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/api/me/medical-visits', async (route) => {
      await photographed;
      await route.abort();
    });
    await page.goto('/ca-nhan/so-kham-chua-benh');
    await expect(page.locator('.records-skeleton').first()).toBeVisible();
    await shot(page, FLOW, '06-medical-book-loading');
    release();
    // (the app may retry a failed request before it shows the error)
    await expect(page.locator('.records-error')).toBeVisible({ timeout: 30_000 });
    await shot(page, FLOW, '07-medical-book-error');
    await page.unroute('**/api/me/medical-visits');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await expect(page.locator('#visit-years')).toContainText(/\d{5}/);
    await shot(page, FLOW, '08-medical-book');
  });

  test('opens the BHYT card full screen, and still shows it offline after a reload', async () => {
    await page.goto('/ca-nhan/the-bhyt');
    const card = page.locator('#bhyt-card');
    await expect(card).toContainText(CITIZEN.fullName.toLocaleUpperCase('vi'));
    await expect(page.locator('#card-updated')).toBeVisible();
    // The QR is drawn just after the card paints: its modules arrive, at the card's size.
    await expect(card.locator('svg.bhyt-card__qr path')).toHaveAttribute('d', /^M\d/);
    await shot(page, FLOW, '09-card');

    await page.getByRole('button', { name: 'Hiển thị tại cơ sở KCB' }).click();
    const full = page.locator('#card-full-screen');
    await expect(full.getByRole('img', { name: 'Mã QR thẻ BHYT' })).toBeVisible();
    await expect(full.locator('svg.card-full__qr path')).toHaveAttribute('d', /^M\d/);
    await shot(page, FLOW, '10-card-full-screen');
    await full.getByRole('button', { name: 'Đóng' }).click();
    await expect(full).toBeHidden();

    // The shell comes from the service worker; the card from the copy the screen stored.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
      // A fresh install controls the page from the next load on.
      await page.reload();
      await expect(card).toBeVisible();
    }
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
      .toBe(true);
    await context.setOffline(true);
    try {
      await page.reload();
      await expect(card).toContainText(CITIZEN.fullName.toLocaleUpperCase('vi'));
      await expect(page.locator('#card-updated')).toHaveText(
        /^Cập nhật lúc \d{2}\/\d{2}\/\d{4}\s\d{2}:\d{2}$/,
      );
      await shot(page, FLOW, '11-card-offline');
    } finally {
      await context.setOffline(false);
    }
  });

  test('lets an officer import a CSV and names the refused line', async ({ browser, baseUrl }) => {
    const desk = await deskContext(browser, baseUrl);
    const bo = await desk.newPage();
    // A code of a step this run already spent is not reused: the helper steps the server clock.
    await signInStaff(bo, baseUrl, STAFF.officer, CITIZEN.password);
    await bo.getByRole('link', { name: 'Nhập dữ liệu' }).click();
    await expect(bo.getByRole('heading', { name: 'Nhập dữ liệu', level: 1 })).toBeVisible();
    await bo.getByLabel('Sổ khám chữa bệnh').check();
    await shot(bo, FLOW, '12-import-page');

    const header =
      'bhxh_code,facility_name,facility_code,admitted_on,discharged_on,kind,icd_code,icd_name,total_cost,paid_by_bhyt,paid_by_patient';
    const good = `${CITIZEN.bhxhCode},Bệnh viện Đa khoa Đống Đa,01013,05/01/2023,05/01/2023,outpatient,J06.9,Nhiễm trùng hô hấp trên cấp,310000,248000,62000`;
    const bad = `${CITIZEN.bhxhCode},Bệnh viện Bạch Mai,01001,10/03/2023,02/03/2023,inpatient,K35.8,Viêm ruột thừa cấp,1000000,800000,200000`;
    await bo.setInputFiles('#import-file', {
      name: 'visits.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\n${good}\n${bad}\n`),
    });
    await bo.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    const summary = bo.locator('#import-summary');
    const refused = bo.locator('#refused-rows tbody tr');
    await expect(refused).toHaveCount(1);
    await expect(refused.first()).toContainText('3');
    await expect(refused.first()).toContainText('Tháng kết thúc trước tháng bắt đầu');
    await expect(summary.locator('.import-count--added dd')).toHaveText('1');
    await expect(summary.getByRole('link', { name: 'Tải báo cáo' })).toBeVisible();
    await shot(bo, FLOW, '13-import-summary');
    await desk.close();
  });
});
