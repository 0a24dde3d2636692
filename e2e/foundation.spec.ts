import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { mailbox, phoneContext, shot } from './support.ts';

const FLOW = 'foundation';

// One phone walks the shell from test to test (the language choice, the open screen).
test.describe.configure({ mode: 'serial' });

test.describe('the citizen app shell at 390x844', () => {
  let page: Page;

  test.beforeAll(async ({ browser, baseUrl }) => {
    page = await (await phoneContext(browser, baseUrl)).newPage();
  });
  test.afterAll(async () => page?.context().close());

  test('shows the login screen of the real app, in Vietnamese by default', async () => {
    await page.goto('/dang-nhap');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('img', { name: 'Logo VssID' }).first()).toBeVisible();
    for (const label of ['Mã số BHXH', 'Mật khẩu']) {
      await expect(page.getByLabel(label, { exact: false }).first()).toBeVisible();
    }
    for (const link of ['Quên mật khẩu?', 'Tìm mã số Bảo hiểm xã hội', 'Đăng ký tài khoản']) {
      await expect(page.getByRole('link', { name: link })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Đăng nhập', exact: true })).toBeVisible();
    await expect(page.locator('#login-bhxh-code')).toHaveAttribute('inputmode', 'numeric');
    await shot(page, FLOW, '01-login');
  });

  test('marks a bad code at its field and in the summary, keeping what was typed', async () => {
    await page.fill('#login-bhxh-code', '12345');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await expect(page.locator('#login-error-summary')).toContainText(
      'Mã số BHXH phải gồm đúng 10 chữ số',
    );
    await expect(page.locator('#login-bhxh-code-error')).toContainText('10 chữ số');
    await expect(page.locator('#login-bhxh-code')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#login-bhxh-code')).toHaveValue('12345');
    await shot(page, FLOW, '02-login-errors');
  });

  test('switches to English and back, remembering the choice', async () => {
    await page.getByRole('button', { name: 'English' }).first().click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#login-bhxh-code-error')).toContainText(/10 digits/);
    await shot(page, FLOW, '03-login-english');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).first().click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  });

  test('walks the four tabs of the bottom bar', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ca-nhan$/);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    const tabs: [string, string, string][] = [
      ['QL cá nhân', '/ca-nhan', 'Thẻ BHYT'],
      ['Dịch vụ công', '/dich-vu-cong', 'Đăng ký tài khoản'],
      ['Tra cứu', '/tra-cuu', 'Tra cứu CSKCB ký hợp đồng khám, chữa bệnh BHYT'],
      ['Trợ giúp', '/tro-giup', 'Góp ý'],
    ];
    for (const [i, [label, path, tile]] of tabs.entries()) {
      await nav.getByRole('link', { name: label }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      // The tab is marked once the router has rendered the screen: wait for it, never read once.
      await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('heading', { level: 1, name: label }).first()).toBeVisible();
      await expect(page.getByRole('link', { name: tile, exact: true }).first()).toBeVisible();
      await shot(page, FLOW, `04-tab-${i + 1}-${path.slice(1)}`);
    }
  });

  test('opens an inner screen with a back arrow that returns', async () => {
    await page.goto('/tra-cuu');
    await page.getByRole('link', { name: 'Tra cứu mã số BHXH', exact: true }).click();
    await expect(page).toHaveURL(/\/tra-cuu\/ma-so-bhxh$/);
    await shot(page, FLOW, '05-inner-screen');
    await page.getByRole('link', { name: 'Quay lại' }).click();
    await expect(page).toHaveURL(/\/tra-cuu$/);
  });

  test('sends a "Góp ý" end to end: field error, then success and an acknowledgement mail', async ({
    baseUrl,
  }) => {
    await page.goto('/tro-giup');
    await page.getByRole('link', { name: 'Góp ý', exact: true }).click();
    await expect(page).toHaveURL(/\/tro-giup\/gop-y$/);
    await page.check('#feedback-category-suggestion');
    await page.fill('#feedback-content', 'Ngắn');
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await expect(page.locator('#feedback-content-error')).toContainText('ít nhất 10 ký tự');
    await expect(page.locator('#feedback-content')).toHaveValue('Ngắn');
    await shot(page, FLOW, '06-feedback-error');

    const content = `Ngắn gọn, dễ dùng — cảm ơn ${Date.now()}`;
    await page.fill('#feedback-content', content);
    await page.fill('#feedback-email', 'sinhvien.e2e@example.vn');
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await expect(page.locator('#feedback-success')).toBeVisible();
    await expect(page.locator('#feedback-reference')).toHaveText(/^\s*GY-[0-9A-F]{8}\s*$/);
    const reference = (await page.locator('#feedback-reference').textContent())?.trim() ?? '';
    await shot(page, FLOW, '07-feedback-sent');

    const ack = () =>
      mailbox(baseUrl).then((all) => all.find((m) => m.to.includes('sinhvien.e2e@example.vn')));
    await expect.poll(async () => (await ack())?.subject, { timeout: 60_000 }).toContain(reference);
    expect((await ack())?.text).toContain(content);
  });

  test('is an installable PWA with a Vietnamese manifest and a service worker', async ({
    baseUrl,
  }) => {
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
