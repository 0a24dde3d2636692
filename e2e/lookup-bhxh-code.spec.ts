import type { Page } from '@playwright/test';
import { localUrl } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { phoneContext, shot as saveShot } from './support.ts';

const FLOW = 'lookup-bhxh-code';
/** The demo citizen (apps/server/src/db/seed/demo.ts): Hà Nội, born 12/03/1988. */
const DEMO = { code: '0123456789', name: 'Nguyễn Thị Thu Hà', masked: 'Nguyễn T•• T•• H•' };

/** The "ready offline" toast of the PWA comes and goes on its own: close it before a screenshot. */
async function shot(page: Page, flow: string, name: string): Promise<void> {
  const close = page.locator('.toast__close');
  if (await close.isVisible()) await close.click();
  await saveShot(page, flow, name);
}

const errorUnder = (page: Page, id: string) => page.locator(`#${id}-error`);

async function submit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
}

/** Waits until the form is no longer busy (searching or verifying). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('form').first()).not.toHaveAttribute('aria-busy', 'true', {
    timeout: 60_000,
  });
}

test.describe.configure({ mode: 'serial' });

test.describe('"Tra cứu mã số BHXH" at 390x844', () => {
  let page: Page;

  test.beforeAll(async ({ browser, baseUrl }) => {
    page = await (await phoneContext(browser, localUrl(baseUrl))).newPage();
  });
  test.afterAll(async () => page?.context().close());

  test("opens from the Tra cứu tab and shows the issue's labels", async () => {
    await page.goto('/tra-cuu');
    await page.getByRole('link', { name: 'Tra cứu mã số BHXH', exact: true }).click();
    await expect(page).toHaveURL(/\/tra-cuu\/ma-so-bhxh$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tra cứu mã số BHXH' })).toBeVisible();
    for (const label of ['Tỉnh/TP', 'Phường/Xã', 'Họ và tên', 'Ngày sinh', 'Số CCCD/CMND'])
      await expect(page.getByLabel(label, { exact: false }).first()).toBeVisible();
    await expect(page.locator('#bhxh-birth-date')).toHaveAttribute('inputmode', 'numeric');
    await expect(page.locator('#bhxh-id-number')).toHaveAttribute('inputmode', 'numeric');
    // The 34 provinces and cities, plus the "choose" line.
    await expect(page.locator('#bhxh-province option')).toHaveCount(35);
    await expect(page.locator('#bhxh-commune')).toBeDisabled();
    await shot(page, FLOW, '01-form');
  });

  test('shows Vietnamese errors under the fields and at the top, keeping what was typed', async () => {
    await page.fill('#bhxh-full-name', DEMO.name);
    await submit(page);
    await expect(page.locator('#bhxh-error-summary')).toContainText('Có thông tin cần sửa');
    await expect(errorUnder(page, 'bhxh-province')).toContainText('Vui lòng chọn Tỉnh - TP.');
    await expect(errorUnder(page, 'bhxh-birth-date')).toContainText('Vui lòng nhập ngày sinh');
    await expect(errorUnder(page, 'bhxh-full-name')).toHaveCount(0);
    await expect(page.locator('#bhxh-full-name')).toHaveValue(DEMO.name);
    await shot(page, FLOW, '02-field-errors');

    // A date that does not exist, and a Số CCCD of the wrong length.
    await page.locator('#bhxh-birth-date').pressSequentially('31021988');
    await expect(page.locator('#bhxh-birth-date')).toHaveValue('31/02/1988');
    await page.fill('#bhxh-id-number', '12345');
    await submit(page);
    await expect(errorUnder(page, 'bhxh-id-number')).toBeVisible();
    await expect(errorUnder(page, 'bhxh-birth-date')).toContainText('Ngày sinh không hợp lệ');
    await expect(page.locator('#bhxh-birth-date')).toHaveValue('31/02/1988');
    await expect(page.locator('#bhxh-id-number')).toHaveValue('12345');
    // The summary links to the field.
    await page.locator('#bhxh-error-summary a').first().click();
    await expect(page.locator('#bhxh-province')).toBeFocused();
  });

  test('finds the demo citizen: the code large, the name masked, with "Sao chép"', async () => {
    await page.selectOption('#bhxh-province', { label: 'Thành phố Hà Nội' });
    await page.fill('#bhxh-birth-date', '');
    await page.locator('#bhxh-birth-date').pressSequentially('12031988');
    await expect(page.locator('#bhxh-birth-date')).toHaveValue('12/03/1988');
    await page.fill('#bhxh-id-number', '');
    await submit(page);
    await settled(page);
    const result = page.locator('#bhxh-result');
    await expect(page.locator('#bhxh-result-code')).toHaveText(DEMO.code);
    await expect(page.locator('#bhxh-error-summary')).toHaveCount(0);
    await expect(result).toContainText(`Mã số BHXH: ${DEMO.code}`);
    await expect(page.locator('#bhxh-result-name')).toHaveText(DEMO.masked);
    await expect(page.locator('#bhxh-result-birth-date')).toHaveText('12/03/1988');
    const fontSize = await page
      .locator('#bhxh-result-code')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(28);
    const copy = result.getByRole('button', { name: 'Sao chép' });
    await expect(copy).toBeVisible();
    expect((await copy.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    // Nobody else's name or code anywhere on the page.
    await expect(page.locator('body')).not.toContainText(DEMO.name);
    await shot(page, FLOW, '03-found');
  });

  test('answers calmly when nobody matches, with advice and the hotline', async () => {
    await page.fill('#bhxh-full-name', 'Nguyễn Thị Thu Hằng');
    await submit(page);
    await settled(page);
    const notFound = page.locator('#bhxh-not-found');
    await expect(notFound).toContainText('Không tìm thấy mã số BHXH phù hợp');
    await expect(notFound).toContainText('không dấu');
    await expect(page.locator('#bhxh-result')).toHaveCount(0);
    await expect(notFound.getByRole('link', { name: '1900 9068' })).toHaveAttribute(
      'href',
      'tel:19009068',
    );
    await expect(page.locator('#bhxh-full-name')).toHaveValue('Nguyễn Thị Thu Hằng');
    await shot(page, FLOW, '04-not-found');
  });

  test('after the free tries, verifies automatically ("Đang xác minh…") and still finds the code', async () => {
    // Typed without diacritics; by now the free lookups of this address are likely used up.
    await page.fill('#bhxh-full-name', 'nguyen thi thu ha');
    await submit(page);
    await settled(page);
    await expect(page.locator('#bhxh-result-code')).toHaveText(DEMO.code);

    // This one needs a solved challenge: no extra click, a progress bar while the worker runs.
    const challenge = page.waitForResponse(
      (r) => r.url().endsWith('/api/lookups/bhxh-code/challenge') && r.status() === 200,
    );
    const first = page.waitForResponse(
      (r) => r.url().endsWith('/api/lookups/bhxh-code') && r.status() === 428,
    );
    const resubmitted = page.waitForResponse(
      (r) =>
        r.url().endsWith('/api/lookups/bhxh-code') &&
        (r.request().postData() ?? '').includes('"challenge"'),
      { timeout: 60_000 },
    );
    await page.fill('#bhxh-full-name', DEMO.name);
    await submit(page);
    await first;
    await challenge;
    // The progress state may be too short to see on a fast machine: photographed when it shows.
    const verifying = page.getByRole('button', { name: 'Đang xác minh…' });
    const sawVerifying = await verifying
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (sawVerifying) await shot(page, FLOW, '05-verifying');
    const solved = await resubmitted;
    expect(solved.status()).toBe(200);
    await settled(page);
    await expect(page.locator('#bhxh-result-code')).toHaveText(DEMO.code);
    await expect(page.locator('#bhxh-full-name')).toHaveValue(DEMO.name);
    await shot(page, FLOW, '06-found-after-check');
  });

  test('switches to English with the language switch', async () => {
    await page.goto('/tra-cuu');
    await page
      .getByRole('button', { name: /English/ })
      .first()
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/tra-cuu/ma-so-bhxh');
    await expect(page.getByRole('button', { name: 'Look up', exact: true })).toBeVisible();
    await expect(page.getByLabel('Province/City')).toBeVisible();
    await shot(page, FLOW, '07-english');
    await page.goto('/tra-cuu');
    await page
      .getByRole('button', { name: /Tiếng Việt/ })
      .first()
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  });
});
