import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, mailbox, phoneContext, shot } from './support.ts';

const baseUrl = inject('baseUrl');
const FLOW = 'foundation';

describe('the citizen app shell at 390x844', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await phoneContext(browser, baseUrl);
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it('shows the login screen of the real app, in Vietnamese by default', async () => {
    await page.goto('/dang-nhap');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByRole('img', { name: 'Logo VssID' }).first().waitFor();
    for (const label of ['Mã số BHXH', 'Mật khẩu']) {
      expect(await page.getByLabel(label, { exact: false }).first().isVisible()).toBe(true);
    }
    for (const link of ['Quên mật khẩu?', 'Tìm mã số Bảo hiểm xã hội', 'Đăng ký tài khoản']) {
      expect(await page.getByRole('link', { name: link }).isVisible()).toBe(true);
    }
    expect(await page.getByRole('button', { name: 'Đăng nhập', exact: true }).isVisible()).toBe(
      true,
    );
    expect(await page.getAttribute('#login-bhxh-code', 'inputmode')).toBe('numeric');
    await shot(page, FLOW, '01-login');
  });

  it('marks a bad code at its field and in the summary, keeping what was typed', async () => {
    await page.fill('#login-bhxh-code', '12345');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    const summary = page.locator('#login-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Mã số BHXH phải gồm đúng 10 chữ số');
    expect(await page.locator('#login-bhxh-code-error').textContent()).toContain('10 chữ số');
    expect(await page.getAttribute('#login-bhxh-code', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#login-bhxh-code')).toBe('12345');
    await shot(page, FLOW, '02-login-errors');
  });

  it('switches to English and back, remembering the choice', async () => {
    await page.getByRole('button', { name: 'English' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('#login-bhxh-code-error').textContent()).toMatch(/10 digits/);
    await shot(page, FLOW, '03-login-english');
    await page.reload();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
  });

  it('walks the four tabs of the bottom bar', async () => {
    await page.goto('/');
    await page.waitForURL('**/ca-nhan');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    const tabs: [string, string, string][] = [
      ['QL cá nhân', '/ca-nhan', 'Thẻ BHYT'],
      ['Dịch vụ công', '/dich-vu-cong', 'Đăng ký tài khoản'],
      ['Tra cứu', '/tra-cuu', 'Tra cứu CSKCB ký hợp đồng khám, chữa bệnh BHYT'],
      ['Trợ giúp', '/tro-giup', 'Góp ý'],
    ];
    for (const [i, [label, path, tile]] of tabs.entries()) {
      await nav.getByRole('link', { name: label }).click();
      await page.waitForURL(`**${path}`);
      expect(await nav.getByRole('link', { name: label }).getAttribute('aria-current')).toBe(
        'page',
      );
      await page.getByRole('heading', { level: 1, name: label }).first().waitFor();
      await page.getByRole('link', { name: tile, exact: true }).first().waitFor();
      await shot(page, FLOW, `04-tab-${i + 1}-${path.slice(1)}`);
    }
  });

  it('opens an inner screen with a back arrow that returns', async () => {
    await page.goto('/tra-cuu');
    await page.getByRole('link', { name: 'Tra cứu mã số BHXH', exact: true }).click();
    await page.waitForURL('**/tra-cuu/ma-so-bhxh');
    await shot(page, FLOW, '05-inner-screen');
    await page.getByRole('link', { name: 'Quay lại' }).click();
    await page.waitForURL('**/tra-cuu');
  });

  it('sends a "Góp ý" end to end: field error, then success and an acknowledgement mail', async () => {
    await page.goto('/tro-giup');
    await page.getByRole('link', { name: 'Góp ý', exact: true }).click();
    await page.waitForURL('**/tro-giup/gop-y');
    await page.check('#feedback-category-suggestion');
    await page.fill('#feedback-content', 'Ngắn');
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await page.locator('#feedback-content-error').waitFor();
    expect(await page.locator('#feedback-content-error').textContent()).toContain(
      'ít nhất 10 ký tự',
    );
    expect(await page.inputValue('#feedback-content')).toBe('Ngắn');
    await shot(page, FLOW, '06-feedback-error');

    const content = `Ngắn gọn, dễ dùng — cảm ơn ${Date.now()}`;
    await page.fill('#feedback-content', content);
    await page.fill('#feedback-email', 'sinhvien.e2e@example.vn');
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await page.locator('#feedback-success').waitFor();
    const reference = (await page.locator('#feedback-reference').textContent())?.trim();
    expect(reference).toMatch(/^GY-[0-9A-F]{8}$/);
    await shot(page, FLOW, '07-feedback-sent');

    let mail: Awaited<ReturnType<typeof mailbox>>[number] | undefined;
    for (let i = 0; i < 100 && !mail; i++) {
      mail = (await mailbox(baseUrl)).find((m) => m.to.includes('sinhvien.e2e@example.vn'));
      if (!mail) await new Promise((r) => setTimeout(r, 200));
    }
    expect(mail?.subject).toContain(reference);
    expect(mail?.text).toContain(content);
  });

  it('is an installable PWA with a Vietnamese manifest and a service worker', async () => {
    const manifest = (await (await fetch(`${baseUrl}/manifest.webmanifest`)).json()) as {
      icons: unknown[];
    };
    expect(manifest).toMatchObject({ lang: 'vi', display: 'standalone', start_url: '/' });
    expect(manifest.icons.length).toBeGreaterThan(0);
    await page.goto('/ca-nhan');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${baseUrl}/`);
  });
});
