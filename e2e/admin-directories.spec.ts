import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CITIZEN, STAFF, totpCode } from './auth-support.ts';
import { launchBrowser, PHONE, shot } from './support.ts';

const baseUrl = inject('baseUrl');
const FLOW = 'admin-directories';
const TEMPLATE = readFileSync(
  new URL('../apps/server/data/import-templates/health-facilities.csv', import.meta.url),
);

/** "Danh mục tra cứu": a supervisor imports a directory file, then edits one facility. */
describe('back office: lookup directories', () => {
  let browser: Browser;
  let page: Page;

  async function signIn(p: Page) {
    await p.goto('/admin');
    await p.fill('#staff-username', STAFF.supervisor.username);
    await p.fill('#staff-password', CITIZEN.password);
    await p.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await p.locator('#staff-totp').waitFor();
    await p.fill('#staff-totp', await totpCode(STAFF.supervisor.totp));
    await p.getByRole('button', { name: 'Xác nhận' }).click();
    await p.locator('.bo-header').waitFor();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 800 },
      locale: 'vi-VN',
    });
    page = await context.newPage();
    await signIn(page);
  });
  afterAll(async () => browser?.close());

  it('imports the health-facility template from "Nhập dữ liệu"', async () => {
    await page.goto('/admin/nhap-du-lieu?kind=health-facilities');
    await page.locator('#import-kind-health-facilities').waitFor();
    expect(await page.isChecked('#import-kind-health-facilities')).toBe(true);
    expect(await page.locator('.import-kinds').textContent()).toContain('Danh mục tra cứu');
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
    await summary.waitFor();
    expect(await summary.locator('.import-count--refused dd').textContent()).toBe('0');
    await shot(page, FLOW, '01-import-summary-1280');
  });

  it('edits a facility’s phone: field errors first, then the change in the list', async () => {
    await page
      .getByRole('navigation', { name: 'Chức năng quản trị' })
      .getByRole('link', { name: 'Danh mục tra cứu' })
      .click();
    await page.waitForURL('**/admin/danh-muc/health-facilities');
    await page.locator('#directory-table').waitFor();
    await shot(page, FLOW, '02-list-1280');

    await page.fill('#dir-q', '01987');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL('**/danh-muc/health-facilities?q=01987');
    const row = page.locator('#directory-table tbody tr', { hasText: '01987' });
    await row.waitFor();
    await row.getByRole('link', { name: /^Sửa Bệnh viện/ }).click();
    await page.locator('#dir-phone').waitFor();
    expect(await page.inputValue('#dir-phone')).toBe('024 3851 0255');

    // A bad phone and an empty name: errors under the fields and in the summary; typing kept.
    await page.fill('#dir-phone', '024-ABC');
    await page.fill('#dir-name', '');
    await page.click('#dir-save');
    await page.locator('#dir-phone-error').waitFor();
    expect(await page.locator('#dir-phone-error').textContent()).toContain(
      'Số điện thoại chỉ gồm chữ số',
    );
    expect(await page.locator('#dir-name-error').textContent()).toContain(
      'Vui lòng nhập thông tin này.',
    );
    expect(await page.locator('#dir-errors').textContent()).toContain('Số điện thoại');
    expect(await page.inputValue('#dir-phone')).toBe('024-ABC');
    await shot(page, FLOW, '03-edit-errors-1280');

    await page.fill('#dir-name', 'Bệnh viện Đa khoa Đống Đa');
    await page.fill('#dir-phone', '024 3851 7777');
    await page.click('#dir-save');
    await page.locator('#dir-saved').waitFor();
    await shot(page, FLOW, '04-edit-saved-1280');

    await page.getByRole('link', { name: 'Quay lại danh sách' }).click();
    const updated = page.locator('#directory-table tbody tr', { hasText: '01987' });
    await updated.waitFor();
    await expect.poll(() => updated.textContent()).toContain('024 3851 7777');
    expect(await updated.textContent()).not.toContain('Dữ liệu minh hoạ');

    // The public lookup shows the new phone at once.
    const res = await fetch(`${baseUrl}/api/lookups/sick-leave-facilities?q=01987`);
    const items = ((await res.json()) as { items: { code: string; phone: string }[] }).items;
    expect(items.find((i) => i.code === '01987')?.phone).toBe('024 3851 7777');
  });

  it('adds a collection point with "Thêm bản ghi"', async () => {
    await page.goto('/admin/danh-muc/collection-points');
    await page.getByRole('link', { name: 'Thêm bản ghi' }).click();
    await page.waitForURL('**/danh-muc/collection-points/moi');
    await page.click('#dir-save');
    await page.locator('#dir-errors').waitFor();
    expect(await page.locator('#dir-code-error').textContent()).toContain('Vui lòng nhập');
    await page.fill('#dir-code', 'DT01777');
    await page.fill('#dir-name', 'Điểm thu UBND phường Đống Đa');
    await page.selectOption('#dir-kind', 'collection_point');
    await page.locator('#dir-province_code option[value="01"]').waitFor({ state: 'attached' });
    await page.selectOption('#dir-province_code', '01');
    await page.locator('#dir-commune_code option[value="00235"]').waitFor({ state: 'attached' });
    await page.selectOption('#dir-commune_code', '00235');
    await page.fill('#dir-address', 'Số 10 phố Thái Hà');
    await page.click('#dir-save');
    await page.locator('#dir-saved').waitFor();
    expect(page.url()).not.toContain('/moi');
    expect(await page.locator('#dir-saved').textContent()).toContain('Đã thêm bản ghi');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, FLOW, '05-created-1280');
  });

  it('works on a phone (390x844)', async () => {
    // The same staff session (a TOTP code is single-use, so no second sign-in within 30 s).
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
    await phone.locator('#directory-table tbody tr').first().waitFor();
    await shot(phone, FLOW, '06-list-390');
    await phone.getByRole('link', { name: /^Sửa Bệnh viện/ }).click();
    await phone.locator('#dir-phone').waitFor();
    expect(await phone.getAttribute('#dir-phone', 'inputmode')).toBe('tel');
    await shot(phone, FLOW, '07-edit-390');
    await context.close();
  });
});
