import type { Page } from '@playwright/test';
import { CITIZEN, STAFF, signInStaff, staffPasswordStep, totpCode } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { deskContext, phoneContext, shot } from './support.ts';

const FLOW = 'auth';

// (d) of the sign-in issue: officers at /admin, desktop first (1280x800), usable on a phone.
test.describe.configure({ mode: 'serial' });

test.describe('back-office sign-in at /admin', () => {
  let page: Page;

  async function signOutStaff() {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page.locator('#staff-username')).toBeVisible();
  }

  test.beforeAll(async ({ browser, baseUrl }) => {
    page = await (await deskContext(browser, baseUrl)).newPage();
  });
  test.afterAll(async () => page?.context().close());

  test('(d) an officer signs in with password + TOTP and gets the back-office shell', async ({
    baseUrl,
  }) => {
    await page.goto('/admin');
    await expect(page.locator('#staff-username')).toBeVisible();
    await shot(page, FLOW, '20-admin-sign-in');
    await staffPasswordStep(page, STAFF.officer.username, CITIZEN.password); // the demo staff share the demo password
    await expect(page.locator('#staff-totp')).toHaveAttribute('inputmode', 'numeric');
    await page.fill('#staff-totp', '12345');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(page.locator('#staff-totp-error')).toBeVisible();
    await shot(page, FLOW, '21-admin-totp');

    await page.fill('#staff-totp', await totpCode(baseUrl, STAFF.officer.totp));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(page).toHaveURL(/\/admin\/ho-so$/);
    await expect(page.locator('#bo-officer')).toContainText(STAFF.officer.displayName);
    const nav = page.getByRole('navigation', { name: 'Chức năng quản trị' });
    await expect(nav.getByRole('link', { name: 'Hồ sơ đăng ký' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(nav.getByRole('link', { name: 'Nhật ký truy cập' })).toHaveCount(0);
    await page.waitForLoadState('networkidle'); // the screenshot shows the loaded queue
    await shot(page, FLOW, '22-admin-shell');
    await signOutStaff();
  });

  test('shows a supervisor the access log and an administrator the officers', async ({
    baseUrl,
  }) => {
    await signInStaff(page, baseUrl, STAFF.supervisor, CITIZEN.password);
    await page.getByRole('link', { name: 'Nhật ký truy cập' }).click();
    await expect(page.locator('#audit-log tbody tr').first()).toBeVisible();
    await expect(page.locator('#audit-log')).toContainText(STAFF.officer.displayName);
    await shot(page, FLOW, '23-admin-audit-log');
    await signOutStaff();

    await signInStaff(page, baseUrl, STAFF.administrator, CITIZEN.password);
    await page.getByRole('link', { name: 'Cán bộ', exact: true }).click();
    await expect(page.locator('#officers tbody tr').first()).toBeVisible();
    await expect(page.locator('#officers')).toContainText(STAFF.officer.username);
    await shot(page, FLOW, '24-admin-officers');
    await signOutStaff();
  });

  test('is usable on a phone', async ({ browser, baseUrl }) => {
    const phone = await phoneContext(browser, baseUrl);
    const small = await phone.newPage();
    await small.goto('/admin');
    await expect(small.locator('#staff-username')).toBeVisible();
    await shot(small, FLOW, '25-admin-sign-in-phone');
    await phone.close();
  });

  test('signs the same officer in twice in a row: the server clock steps past the spent code', async ({
    baseUrl,
  }) => {
    // A TOTP step is accepted once per account. Rather than wait up to 30 s for the next step,
    // totpCode moves the server's clock (POST /dev/clock, TEST_CLOCK=1) when this run spent it.
    for (let i = 0; i < 2; i++) {
      await signInStaff(page, baseUrl, STAFF.officer, CITIZEN.password);
      await expect(page.locator('#bo-officer')).toContainText(STAFF.officer.displayName);
      await signOutStaff();
    }
  });
});
