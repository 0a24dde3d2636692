import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localUrl } from './auth-support.ts';
import { launchBrowser, phoneContext, shot as saveShot } from './support.ts';

const baseUrl = inject('baseUrl');
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
  await page.waitForFunction(
    () => document.querySelector('form')?.getAttribute('aria-busy') !== 'true',
    undefined,
    { timeout: 60_000 },
  );
}

describe('"Tra cứu mã số BHXH" at 390x844', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await phoneContext(browser, localUrl(baseUrl));
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it("opens from the Tra cứu tab and shows the issue's labels", async () => {
    await page.goto('/tra-cuu');
    await page.getByRole('link', { name: 'Tra cứu mã số BHXH', exact: true }).click();
    await page.waitForURL('**/tra-cuu/ma-so-bhxh');
    await page.getByRole('heading', { level: 1, name: 'Tra cứu mã số BHXH' }).waitFor();
    for (const label of ['Tỉnh/TP', 'Phường/Xã', 'Họ và tên', 'Ngày sinh', 'Số CCCD/CMND'])
      await page.getByLabel(label, { exact: false }).first().waitFor();
    expect(await page.getAttribute('#bhxh-birth-date', 'inputmode')).toBe('numeric');
    expect(await page.getAttribute('#bhxh-id-number', 'inputmode')).toBe('numeric');
    // The 34 provinces and cities, plus the "choose" line.
    await page.waitForFunction(
      () => document.querySelectorAll('#bhxh-province option').length === 35,
    );
    expect(await page.isDisabled('#bhxh-commune')).toBe(true);
    await shot(page, FLOW, '01-form');
  });

  it('shows Vietnamese errors under the fields and at the top, keeping what was typed', async () => {
    await page.fill('#bhxh-full-name', DEMO.name);
    await submit(page);
    const summary = page.locator('#bhxh-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Có thông tin cần sửa');
    expect(await errorUnder(page, 'bhxh-province').textContent()).toContain(
      'Vui lòng chọn Tỉnh - TP.',
    );
    expect(await errorUnder(page, 'bhxh-birth-date').textContent()).toContain(
      'Vui lòng nhập ngày sinh',
    );
    expect(await errorUnder(page, 'bhxh-full-name').count()).toBe(0);
    expect(await page.inputValue('#bhxh-full-name')).toBe(DEMO.name);
    await shot(page, FLOW, '02-field-errors');

    // A date that does not exist, and a Số CCCD of the wrong length.
    await page.locator('#bhxh-birth-date').pressSequentially('31021988');
    expect(await page.inputValue('#bhxh-birth-date')).toBe('31/02/1988');
    await page.fill('#bhxh-id-number', '12345');
    await submit(page);
    await errorUnder(page, 'bhxh-id-number').waitFor();
    expect(await errorUnder(page, 'bhxh-birth-date').textContent()).toContain(
      'Ngày sinh không hợp lệ',
    );
    expect(await page.inputValue('#bhxh-birth-date')).toBe('31/02/1988');
    expect(await page.inputValue('#bhxh-id-number')).toBe('12345');
    // The summary links to the field.
    await page.locator('#bhxh-error-summary a').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bhxh-province');
  });

  it('finds the demo citizen: the code large, the name masked, with "Sao chép"', async () => {
    await page.selectOption('#bhxh-province', { label: 'Thành phố Hà Nội' });
    await page.fill('#bhxh-birth-date', '');
    await page.locator('#bhxh-birth-date').pressSequentially('12031988');
    expect(await page.inputValue('#bhxh-birth-date')).toBe('12/03/1988');
    await page.fill('#bhxh-id-number', '');
    await submit(page);
    await settled(page);
    const result = page.locator('#bhxh-result');
    await result.waitFor();
    expect(await page.locator('#bhxh-error-summary').count()).toBe(0);
    expect(await page.textContent('#bhxh-result-code')).toBe(DEMO.code);
    expect(await result.textContent()).toContain(`Mã số BHXH: ${DEMO.code}`);
    expect(await page.textContent('#bhxh-result-name')).toBe(DEMO.masked);
    expect(await page.textContent('#bhxh-result-birth-date')).toBe('12/03/1988');
    const fontSize = await page
      .locator('#bhxh-result-code')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(28);
    const copy = result.getByRole('button', { name: 'Sao chép' });
    expect((await copy.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    // Nobody else's name or code anywhere on the page.
    expect(await page.locator('body').textContent()).not.toContain(DEMO.name);
    await shot(page, FLOW, '03-found');
  });

  it('answers calmly when nobody matches, with advice and the hotline', async () => {
    await page.fill('#bhxh-full-name', 'Nguyễn Thị Thu Hằng');
    await submit(page);
    await settled(page);
    const notFound = page.locator('#bhxh-not-found');
    await notFound.waitFor();
    expect(await page.locator('#bhxh-result').count()).toBe(0);
    const text = (await notFound.textContent()) ?? '';
    expect(text).toContain('Không tìm thấy mã số BHXH phù hợp');
    expect(text).toContain('không dấu');
    expect(await notFound.getByRole('link', { name: '1900 9068' }).getAttribute('href')).toBe(
      'tel:19009068',
    );
    expect(await page.inputValue('#bhxh-full-name')).toBe('Nguyễn Thị Thu Hằng');
    await shot(page, FLOW, '04-not-found');
  });

  it('after the free tries, verifies automatically ("Đang xác minh…") and still finds the code', async () => {
    // Typed without diacritics; by now the free lookups of this address are likely used up.
    await page.fill('#bhxh-full-name', 'nguyen thi thu ha');
    await submit(page);
    await settled(page);
    await page.locator('#bhxh-result').waitFor();
    expect(await page.textContent('#bhxh-result-code')).toBe(DEMO.code);

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
    const verifying = page.getByRole('button', { name: 'Đang xác minh…' });
    const sawVerifying = await verifying
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (sawVerifying) await shot(page, FLOW, '05-verifying');
    const solved = await resubmitted;
    expect(solved.status()).toBe(200);
    await settled(page);
    expect(await page.textContent('#bhxh-result-code')).toBe(DEMO.code);
    expect(await page.inputValue('#bhxh-full-name')).toBe(DEMO.name);
    await shot(page, FLOW, '06-found-after-check');
  });

  it('switches to English with the language switch', async () => {
    await page.goto('/tra-cuu');
    await page
      .getByRole('button', { name: /English/ })
      .first()
      .click();
    await page.goto('/tra-cuu/ma-so-bhxh');
    await page.getByRole('button', { name: 'Look up', exact: true }).waitFor();
    await page.getByLabel('Province/City').waitFor();
    await shot(page, FLOW, '07-english');
    await page.goto('/tra-cuu');
    await page
      .getByRole('button', { name: /Tiếng Việt/ })
      .first()
      .click();
  });
});
