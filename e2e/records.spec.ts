import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CITIZEN, localUrl, STAFF, signIn, totpCode } from './auth-support.ts';
import { launchBrowser, phoneContext, shot } from './support.ts';

const baseUrl = inject('baseUrl');
const FLOW = 'records';

describe('QL cá nhân: the demo citizen’s records at 390x844', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await phoneContext(browser, localUrl(baseUrl));
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it('shows the seeded period, its Chi tiết and the total in Quá trình tham gia', async () => {
    await page.goto('/ca-nhan/qua-trinh-tham-gia');
    await page.waitForURL('**/dang-nhap');
    await signIn(page, CITIZEN.bhxhCode, CITIZEN.password);
    await page.waitForURL('**/ca-nhan/qua-trinh-tham-gia');
    const total = page.locator('#participation-total');
    await total.waitFor();
    expect(await total.textContent()).toBe('Tổng thời gian tham gia: 12 năm 2 tháng');
    const row = page
      .locator('.period')
      .filter({ hasText: '02/2020 - 09/2020' })
      .filter({ hasText: 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN' });
    await row.waitFor();
    await shot(page, FLOW, '01-participation');

    await row.locator('.period__row').click();
    const detail = row.locator('.period-detail');
    await detail.waitFor();
    expect(await detail.textContent()).toContain('Chi tiết');
    expect(await detail.textContent()).toContain('5.453.400,00');
    expect(await detail.textContent()).toContain('3,66');
    await detail.scrollIntoViewIfNeeded();
    await shot(page, FLOW, '02-participation-detail');

    const unpaid = page.locator('#unpaid');
    await unpaid.scrollIntoViewIfNeeded();
    expect(await unpaid.textContent()).toContain('TRUNG TÂM CÔNG NGHỆ THÔNG TIN');
    await shot(page, FLOW, '03-participation-unpaid');
  });

  it('shows the maternity benefit under ÔĐTS and the Sổ khám chữa bệnh', async () => {
    await page.goto('/ca-nhan/thong-tin-huong');
    await page.getByRole('tab', { name: 'ÔĐTS' }).click();
    await page.getByRole('heading', { name: 'Thông tin hưởng ốm đau thai sản' }).waitFor();
    const birth = page.locator('.benefit').filter({ hasText: 'Sinh con' });
    await birth.waitFor();
    expect(await birth.textContent()).toContain('18.423.000 đ');
    await shot(page, FLOW, '04-benefits-maternity');
    await page.getByRole('tab', { name: 'Thất nghiệp' }).click();
    await page.locator('#benefits-empty, #benefit-list').first().waitFor();
    await shot(page, FLOW, '05-benefits-unemployment');

    // A slow answer shows a skeleton, a failed one the error and "Thử lại".
    await page.route('**/api/me/medical-visits', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.abort();
    });
    await page.goto('/ca-nhan/so-kham-chua-benh');
    await page.locator('.records-skeleton').waitFor();
    await shot(page, FLOW, '06-medical-book-loading');
    await page.locator('.records-error').waitFor({ timeout: 15_000 });
    await shot(page, FLOW, '07-medical-book-error');
    await page.unroute('**/api/me/medical-visits');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.locator('#visit-years').waitFor();
    expect(await page.locator('#visit-years').textContent()).toMatch(/\d{5}/);
    await shot(page, FLOW, '08-medical-book');
  });

  it('opens the BHYT card full screen, and still shows it offline after a reload', async () => {
    await page.goto('/ca-nhan/the-bhyt');
    const card = page.locator('#bhyt-card');
    await card.waitFor();
    expect(await card.textContent()).toContain(CITIZEN.fullName.toLocaleUpperCase('vi'));
    await page.locator('#card-updated').waitFor();
    await shot(page, FLOW, '09-card');

    await page.getByRole('button', { name: 'Hiển thị tại cơ sở KCB' }).click();
    const full = page.locator('#card-full-screen');
    await full.waitFor();
    await full.getByRole('img', { name: 'Mã QR thẻ BHYT' }).waitFor();
    await shot(page, FLOW, '10-card-full-screen');
    await full.getByRole('button', { name: 'Đóng' }).click();
    await full.waitFor({ state: 'hidden' });

    // The shell comes from the service worker; the card from the copy the screen stored.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 50 && !navigator.serviceWorker.controller; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
      await page.reload();
      await card.waitFor();
    }
    await context.setOffline(true);
    try {
      await page.reload();
      await card.waitFor();
      expect(await card.textContent()).toContain(CITIZEN.fullName.toLocaleUpperCase('vi'));
      expect(await page.locator('#card-updated').textContent()).toMatch(
        /^Cập nhật lúc \d{2}\/\d{2}\/\d{4}\s\d{2}:\d{2}$/,
      );
      await shot(page, FLOW, '11-card-offline');
    } finally {
      await context.setOffline(false);
    }
  });

  it('lets an officer import a CSV and names the refused line', async () => {
    const desk = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 800 },
      locale: 'vi-VN',
    });
    const bo = await desk.newPage();
    await bo.goto('/admin');
    await bo.fill('#staff-username', STAFF.officer.username);
    await bo.fill('#staff-password', CITIZEN.password);
    await bo.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    // A code already used (another spec, same 30 s) is refused: wait for the next one.
    for (let attempt = 0; attempt < 3; attempt++) {
      await bo.locator('#staff-totp').waitFor();
      await bo.fill('#staff-totp', await totpCode(STAFF.officer.totp));
      await bo.getByRole('button', { name: 'Xác nhận' }).click();
      const done = await bo
        .locator('.bo-header')
        .waitFor({ timeout: 5000 })
        .then(() => true)
        .catch(() => false);
      if (done) break;
      await bo.waitForTimeout(31_000 - (Date.now() % 30_000));
    }
    await bo.getByRole('link', { name: 'Nhập dữ liệu' }).click();
    await bo.getByRole('heading', { name: 'Nhập dữ liệu', level: 1 }).waitFor();
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
    await summary.waitFor();
    const refused = bo.locator('#refused-rows tbody tr');
    await refused.first().waitFor();
    expect(await refused.count()).toBe(1);
    expect(await refused.first().textContent()).toContain('3');
    expect(await refused.first().textContent()).toContain('Tháng kết thúc trước tháng bắt đầu');
    expect(await summary.locator('.import-count--added dd').textContent()).toBe('1');
    await summary.getByRole('link', { name: 'Tải báo cáo' }).waitFor();
    await shot(bo, FLOW, '13-import-summary');
    await desk.close();
    // The officer's TOTP code is now spent: let it expire so a spec after this one signs in.
    await new Promise((r) => setTimeout(r, 30_500 - (Date.now() % 30_000)));
  }, 150_000);
});
