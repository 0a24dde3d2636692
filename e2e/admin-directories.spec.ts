import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CITIZEN, STAFF, signInStaff } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { deskContext, PHONE, shot } from './support.ts';

const FLOW = 'admin-directories';
const TEMPLATE = readFileSync(
  new URL('../apps/server/data/import-templates/health-facilities.csv', import.meta.url),
);

/** "Danh mục tra cứu": a supervisor imports a directory file, then edits one facility. */
test.describe.configure({ mode: 'serial' });

test.describe('back office: lookup directories', () => {
  let page: Page;

  test.beforeAll(async ({ browser, baseUrl }) => {
    page = await (await deskContext(browser, baseUrl)).newPage();
    await signInStaff(page, baseUrl, STAFF.supervisor, CITIZEN.password);
  });
  test.afterAll(async () => page?.context().close());

  test('imports the health-facility template from "Nhập dữ liệu"', async () => {
    await page.goto('/admin/nhap-du-lieu?kind=health-facilities');
    await expect(page.locator('#import-kind-health-facilities')).toBeChecked();
    await expect(page.locator('.import-kinds')).toContainText('Danh mục tra cứu');
    await page
      .locator('.import-kinds__group', { hasText: 'Danh mục tra cứu' })
      .scrollIntoViewIfNeeded();
    await shot(page, FLOW, '00-import-kinds-1280');
    await page.setInputFiles('#import-file', {
      name: 'co-so-kcb.csv',
      mimeType: 'text/csv',
      buffer: TEMPLATE,
    });
    await page.click('#import-submit');
    const summary = page.locator('#import-summary');
    await expect(summary.locator('.import-count--refused dd')).toHaveText('0');
    await shot(page, FLOW, '01-import-summary-1280');
  });

  test('edits a facility’s phone: field errors first, then the change in the list', async ({
    baseUrl,
  }) => {
    await page
      .getByRole('navigation', { name: 'Chức năng quản trị' })
      .getByRole('link', { name: 'Danh mục tra cứu' })
      .click();
    await expect(page).toHaveURL(/\/admin\/danh-muc\/health-facilities$/);
    await expect(page.locator('#directory-table')).toBeVisible();
    await shot(page, FLOW, '02-list-1280');

    await page.fill('#dir-q', '01987');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expect(page).toHaveURL(/\/danh-muc\/health-facilities\?q=01987$/);
    const row = page.locator('#directory-table tbody tr', { hasText: '01987' });
    await row.getByRole('link', { name: /^Sửa Bệnh viện/ }).click();
    await expect(page.locator('#dir-phone')).toHaveValue('024 3851 0255');

    // A bad phone and an empty name: errors under the fields and in the summary; typing kept.
    await page.fill('#dir-phone', '024-ABC');
    await page.fill('#dir-name', '');
    await page.click('#dir-save');
    await expect(page.locator('#dir-phone-error')).toContainText('Số điện thoại chỉ gồm chữ số');
    await expect(page.locator('#dir-name-error')).toContainText('Vui lòng nhập thông tin này.');
    await expect(page.locator('#dir-errors')).toContainText('Số điện thoại');
    await expect(page.locator('#dir-phone')).toHaveValue('024-ABC');
    await shot(page, FLOW, '03-edit-errors-1280');

    await page.fill('#dir-name', 'Bệnh viện Đa khoa Đống Đa');
    await page.fill('#dir-phone', '024 3851 7777');
    await page.click('#dir-save');
    await expect(page.locator('#dir-saved')).toBeVisible();
    await shot(page, FLOW, '04-edit-saved-1280');

    await page.getByRole('link', { name: 'Quay lại danh sách' }).click();
    const updated = page.locator('#directory-table tbody tr', { hasText: '01987' });
    await expect(updated).toContainText('024 3851 7777');
    await expect(updated).not.toContainText('Dữ liệu minh hoạ');

    // The public lookup shows the new phone at once.
    const res = await fetch(`${baseUrl}/api/lookups/sick-leave-facilities?q=01987`);
    const items = ((await res.json()) as { items: { code: string; phone: string }[] }).items;
    expect(items.find((i) => i.code === '01987')?.phone).toBe('024 3851 7777');
  });

  test('adds a collection point with "Thêm bản ghi"', async () => {
    await page.goto('/admin/danh-muc/collection-points');
    await page.getByRole('link', { name: 'Thêm bản ghi' }).click();
    await expect(page).toHaveURL(/\/danh-muc\/collection-points\/moi$/);
    await page.click('#dir-save');
    await expect(page.locator('#dir-errors')).toBeVisible();
    await expect(page.locator('#dir-code-error')).toContainText('Vui lòng nhập');
    await page.fill('#dir-code', 'DT01777');
    await page.fill('#dir-name', 'Điểm thu UBND phường Đống Đa');
    await page.selectOption('#dir-kind', 'collection_point');
    await expect(page.locator('#dir-province_code option[value="01"]')).toBeAttached();
    await page.selectOption('#dir-province_code', '01');
    await expect(page.locator('#dir-commune_code option[value="00235"]')).toBeAttached();
    await page.selectOption('#dir-commune_code', '00235');
    await page.fill('#dir-address', 'Số 10 phố Thái Hà');
    await page.click('#dir-save');
    await expect(page.locator('#dir-saved')).toContainText('Đã thêm bản ghi');
    await expect(page).not.toHaveURL(/\/moi/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, FLOW, '05-created-1280');
  });

  test('works on a phone (390x844)', async ({ browser, baseUrl }) => {
    // The same staff session: a phone does not need a second sign-in.
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
      storageState: await page.context().storageState(),
    });
    const phone = await context.newPage();
    await phone.goto('/admin/danh-muc/health-facilities?q=01987');
    await expect(phone.locator('#directory-table tbody tr').first()).toBeVisible();
    await shot(phone, FLOW, '06-list-390');
    await phone.getByRole('link', { name: /^Sửa Bệnh viện/ }).click();
    await expect(phone.locator('#dir-phone')).toHaveAttribute('inputmode', 'tel');
    await shot(phone, FLOW, '07-edit-390');
    await context.close();
  });
});
