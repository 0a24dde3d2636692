import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CITIZEN, STAFF, totpCode } from './auth-support.ts';
import { launchBrowser, phoneContext, shot } from './support.ts';

const baseUrl = inject('baseUrl');
const FLOW = 'auth';

// (d) of the sign-in issue: officers at /admin, desktop first (1280x800), usable on a phone.
describe('back-office sign-in at /admin', () => {
  let browser: Browser;
  let page: Page;

  async function passwordStep(username: string) {
    await page.goto('/admin');
    await page.fill('#staff-username', username);
    await page.fill('#staff-password', CITIZEN.password); // the demo staff share the demo password
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.locator('#staff-totp').waitFor();
  }
  async function signInStaff(staff: { username: string; totp: string }) {
    await passwordStep(staff.username);
    await page.fill('#staff-totp', await totpCode(staff.totp));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.locator('.bo-header').waitFor();
  }
  async function signOutStaff() {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.locator('#staff-username').waitFor();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 800 },
      locale: 'vi-VN',
    });
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it('(d) an officer signs in with password + TOTP and gets the back-office shell', async () => {
    await page.goto('/admin');
    await page.locator('#staff-username').waitFor();
    await shot(page, FLOW, '20-admin-sign-in');
    await passwordStep(STAFF.officer.username);
    expect(await page.getAttribute('#staff-totp', 'inputmode')).toBe('numeric');
    await page.fill('#staff-totp', '12345');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.locator('#staff-totp-error').waitFor();
    await shot(page, FLOW, '21-admin-totp');

    await page.fill('#staff-totp', await totpCode(STAFF.officer.totp));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.waitForURL('**/admin/ho-so');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#bo-officer').textContent()).toContain(STAFF.officer.displayName);
    const nav = page.getByRole('navigation', { name: 'Chức năng quản trị' });
    expect(
      await nav.getByRole('link', { name: 'Hồ sơ đăng ký' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(await nav.getByRole('link', { name: 'Nhật ký truy cập' }).count()).toBe(0);
    await shot(page, FLOW, '22-admin-shell');
    await signOutStaff();
  });

  it('shows a supervisor the access log and an administrator the officers', async () => {
    await signInStaff(STAFF.supervisor);
    await page.getByRole('link', { name: 'Nhật ký truy cập' }).click();
    await page.locator('#audit-log tbody tr').first().waitFor();
    expect(await page.locator('#audit-log').textContent()).toContain(STAFF.officer.displayName);
    await shot(page, FLOW, '23-admin-audit-log');
    await signOutStaff();

    await signInStaff(STAFF.administrator);
    await page.getByRole('link', { name: 'Cán bộ', exact: true }).click();
    await page.locator('#officers tbody tr').first().waitFor();
    expect(await page.locator('#officers').textContent()).toContain(STAFF.officer.username);
    await shot(page, FLOW, '24-admin-officers');
    await signOutStaff();
  });

  it('is usable on a phone', async () => {
    const phone = await phoneContext(browser, baseUrl);
    const small = await phone.newPage();
    await small.goto('/admin');
    await small.locator('#staff-username').waitFor();
    await shot(small, FLOW, '25-admin-sign-in-phone');
    await phone.close();
  });
});
