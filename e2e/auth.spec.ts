import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addVirtualAuthenticator, CITIZEN, localUrl, signIn } from './auth-support.ts';
import { launchBrowser, phoneContext, shot } from './support.ts';

const baseUrl = inject('baseUrl');
const FLOW = 'auth';

// (b), the forgotten password, is in auth-reset.spec.ts.
describe('citizen sign-in and account security at 390x844', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const profile = () => page.locator('#profile-card');

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await phoneContext(browser, localUrl(baseUrl));
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it('(a) signs in with the password, shows who is signed in, and signs out', async () => {
    await page.goto('/ca-nhan/bao-mat'); // a personal screen: sign in first, then come back
    await page.waitForURL('**/dang-nhap');
    expect(await page.locator('#flash-notice').textContent()).toContain('Vui lòng đăng nhập');
    await signIn(page, CITIZEN.bhxhCode, 'khong-phai-mat-khau');
    await page.locator('#login-error-summary').waitFor();
    expect(await page.locator('#login-error-summary').textContent()).toContain('không đúng');
    expect(await page.inputValue('#login-bhxh-code')).toBe(CITIZEN.bhxhCode);
    await shot(page, FLOW, '01-login-wrong-password');

    await signIn(page, CITIZEN.bhxhCode, CITIZEN.password);
    await page.waitForURL('**/ca-nhan/bao-mat');
    await page.getByRole('link', { name: 'Quay lại' }).click();
    await page.waitForURL('**/ca-nhan');
    expect(await profile().textContent()).toContain(CITIZEN.fullName);
    expect(await profile().textContent()).toContain(CITIZEN.bhxhCode);
    await shot(page, FLOW, '02-personal-signed-in');

    await profile().getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/dang-nhap');
    expect(await page.locator('#flash-notice').textContent()).toContain('Bạn đã đăng xuất.');
    await shot(page, FLOW, '03-signed-out');
    await page.goto('/ca-nhan');
    await page.locator('.sign-in-banner').waitFor();
  });

  it('says until when a locked account waits, and offers the ways in that still work', async () => {
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
    await locked.waitFor();
    expect(await locked.textContent()).toMatch(/sau 26\/11\/2026\s11:30/);
    await locked.getByRole('button', { name: 'Đăng nhập bằng vân tay / khuôn mặt' }).waitFor();
    await locked.getByRole('link', { name: 'Quên mật khẩu?' }).waitFor();
    await shot(page, FLOW, '04-login-locked');
    await page.unroute('**/api/auth/login');
  });

  it('(c) sets up a passkey, signs in with it, lists devices and removes it', async () => {
    await addVirtualAuthenticator(context, page);
    await page.goto('/dang-nhap');
    await signIn(page, CITIZEN.bhxhCode, CITIZEN.password);
    await page.waitForURL('**/ca-nhan');
    await page.getByRole('link', { name: 'Bảo mật & đăng nhập' }).click();
    await page.waitForURL('**/ca-nhan/bao-mat');
    await page.getByRole('button', { name: 'Cài đặt đăng nhập bằng vân tay' }).click();
    await page.locator('#passkey-list li').first().waitFor();
    expect(await page.locator('#session-list').textContent()).toContain('Thiết bị này');
    await shot(page, FLOW, '05-security-passkey-added');

    await page.locator('#sign-out').click();
    await page.waitForURL('**/dang-nhap');
    await page.getByRole('button', { name: 'Đăng nhập bằng vân tay / khuôn mặt' }).last().click();
    await page.waitForURL('**/ca-nhan');
    expect(await profile().textContent()).toContain(CITIZEN.fullName);
    await shot(page, FLOW, '06-passkey-signed-in');

    await page.goto('/ca-nhan/bao-mat');
    await page.locator('#passkey-list li').first().getByRole('button').click();
    await page.getByText('Bạn chưa cài đặt đăng nhập bằng vân tay / khuôn mặt.').waitFor();
    await shot(page, FLOW, '07-passkey-removed');
    await page.locator('#sign-out-all').click();
    await page.waitForURL('**/dang-nhap');
    expect(await page.locator('#flash-notice').textContent()).toContain('tất cả thiết bị');
  });
});
