import type { BrowserContext, Page } from '@playwright/test';
import { addVirtualAuthenticator, CITIZEN, localUrl, signIn } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { phoneContext, shot } from './support.ts';

const FLOW = 'auth';

// (b), the forgotten password, is in auth-reset.spec.ts.
test.describe.configure({ mode: 'serial' });

test.describe('citizen sign-in and account security at 390x844', () => {
  let context: BrowserContext;
  let page: Page;
  const profile = () => page.locator('#profile-card');

  test.beforeAll(async ({ browser, baseUrl }) => {
    context = await phoneContext(browser, localUrl(baseUrl));
    page = await context.newPage();
  });
  test.afterAll(async () => context?.close());

  test('(a) signs in with the password, shows who is signed in, and signs out', async () => {
    await page.goto('/ca-nhan/bao-mat'); // a personal screen: sign in first, then come back
    await expect(page).toHaveURL(/\/dang-nhap$/);
    await expect(page.locator('#flash-notice')).toContainText('Vui lòng đăng nhập');
    await signIn(page, CITIZEN.bhxhCode, 'khong-phai-mat-khau');
    await expect(page.locator('#login-error-summary')).toContainText('không đúng');
    await expect(page.locator('#login-bhxh-code')).toHaveValue(CITIZEN.bhxhCode);
    await shot(page, FLOW, '01-login-wrong-password');

    await signIn(page, CITIZEN.bhxhCode, CITIZEN.password);
    await expect(page).toHaveURL(/\/ca-nhan\/bao-mat$/);
    await page.getByRole('link', { name: 'Quay lại' }).click();
    await expect(page).toHaveURL(/\/ca-nhan$/);
    await expect(profile()).toContainText(CITIZEN.fullName);
    await expect(profile()).toContainText(CITIZEN.bhxhCode);
    await shot(page, FLOW, '02-personal-signed-in');

    await profile().getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/dang-nhap$/);
    await expect(page.locator('#flash-notice')).toContainText('Bạn đã đăng xuất.');
    await shot(page, FLOW, '03-signed-out');
    await page.goto('/ca-nhan');
    await expect(page.locator('.sign-in-banner')).toBeVisible();
  });

  test('says until when a locked account waits, and offers the ways in that still work', async () => {
    // The real lock takes five wrong passwords and 15 minutes: the answer is staged here.
    await page.route('**/api/auth/login', (route) =>
      route.fulfill({
        status: 423,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'ACCOUNT_LOCKED', message: '…', lockedUntil: '2026-11-26T04:30:00Z' },
        }),
      }),
    );
    await page.goto('/dang-nhap');
    await signIn(page, CITIZEN.bhxhCode, 'sai-lan-thu-sau');
    const locked = page.locator('#login-locked');
    await expect(locked).toContainText(/sau 26\/11\/2026\s11:30/);
    await expect(
      locked.getByRole('button', { name: 'Đăng nhập bằng vân tay / khuôn mặt' }),
    ).toBeVisible();
    await expect(locked.getByRole('link', { name: 'Quên mật khẩu?' })).toBeVisible();
    await shot(page, FLOW, '04-login-locked');
    await page.unroute('**/api/auth/login');
  });

  test('(c) sets up a passkey, signs in with it, lists devices and removes it', async () => {
    await addVirtualAuthenticator(context, page);
    await page.goto('/dang-nhap');
    await signIn(page, CITIZEN.bhxhCode, CITIZEN.password);
    await expect(page).toHaveURL(/\/ca-nhan$/);
    await page.getByRole('link', { name: 'Bảo mật & đăng nhập' }).click();
    await expect(page).toHaveURL(/\/ca-nhan\/bao-mat$/);
    await page.getByRole('button', { name: 'Cài đặt đăng nhập bằng vân tay' }).click();
    await expect(page.locator('#passkey-list li').first()).toBeVisible();
    await expect(page.locator('#session-list')).toContainText('Thiết bị này');
    await shot(page, FLOW, '05-security-passkey-added');

    await page.locator('#sign-out').click();
    await expect(page).toHaveURL(/\/dang-nhap$/);
    await page.getByRole('button', { name: 'Đăng nhập bằng vân tay / khuôn mặt' }).last().click();
    await expect(page).toHaveURL(/\/ca-nhan$/);
    await expect(profile()).toContainText(CITIZEN.fullName);
    await shot(page, FLOW, '06-passkey-signed-in');

    await page.goto('/ca-nhan/bao-mat');
    await page.locator('#passkey-list li').first().getByRole('button').click();
    await expect(
      page.getByText('Bạn chưa cài đặt đăng nhập bằng vân tay / khuôn mặt.'),
    ).toBeVisible();
    await shot(page, FLOW, '07-passkey-removed');
    await page.locator('#sign-out-all').click();
    await expect(page).toHaveURL(/\/dang-nhap$/);
    await expect(page.locator('#flash-notice')).toContainText('tất cả thiết bị');
  });
});

test.describe('"Đăng nhập" when its checks cannot be fetched (a dropped connection)', () => {
  test('says so in Vietnamese, keeps what was typed, and checks once they arrive', async ({
    browser,
    baseUrl,
  }) => {
    // No service worker: the form's checks (a lazy chunk) can only come from the network.
    const context = await browser.newContext({
      baseURL: localUrl(baseUrl),
      viewport: { width: 390, height: 844 },
      locale: 'vi-VN',
      serviceWorkers: 'block',
    });
    try {
      const page = await context.newPage();
      await page.route('**/assets/login-checks-*.js', (route) => route.abort());
      await page.goto('/dang-nhap');
      await signIn(page, '0123456789', '');
      await expect(page.locator('#login-error-summary')).toContainText(
        'Không kết nối được máy chủ',
      );
      await expect(page.locator('#login-bhxh-code')).toHaveValue('0123456789');
      // The connection is back: the next press fetches the checks and they speak.
      await page.unroute('**/assets/login-checks-*.js');
      await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
      await expect(page.locator('#login-password-error')).toBeVisible();
      await expect(page.locator('#login-bhxh-code')).toHaveValue('0123456789');
    } finally {
      await context.close();
    }
  });
});
