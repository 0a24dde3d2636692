import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localUrl } from './auth-support.ts';
import { launchBrowser, phoneContext, shot } from './support.ts';

const baseUrl = inject('baseUrl');
const FLOW = 'lookups';
/** Hoàn Kiếm, Hà Nội. */
const HA_NOI = { latitude: 21.0285, longitude: 105.8542 };

const cards = (page: Page) => page.locator('#dir-results > li');
const countText = async (page: Page) => (await page.locator('#dir-count').textContent()) ?? '';

/** Waits until the address bar's query string is exactly `search`. */
async function waitForSearch(page: Page, search: string): Promise<void> {
  await page.waitForURL((url) => url.search === search);
}

/** Waits until the results match the URL (no request in flight, count shown). */
async function settled(page: Page): Promise<void> {
  await page.locator('#dir-count').waitFor();
  await page.waitForFunction(
    () => document.querySelector('.dir-section')?.getAttribute('aria-busy') !== 'true',
  );
}

describe('Tra cứu: the five directory lookups at 390x844', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await phoneContext(browser, localUrl(baseUrl));
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it('Tra cứu cơ quan bảo hiểm: by Tỉnh/TP, with "Gọi" and "Chỉ đường"; kept on reload', async () => {
    // A slow first answer: skeleton cards, not a blank screen.
    await page.route(/\/api\/lookups\/agencies/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto('/tra-cuu');
    await page.getByRole('link', { name: 'Tra cứu cơ quan bảo hiểm', exact: true }).click();
    await page.waitForURL('**/tra-cuu/co-quan-bhxh');
    await page.getByRole('heading', { level: 1, name: 'Tra cứu cơ quan bảo hiểm' }).waitFor();
    await page.locator('.dir-skeleton').waitFor();
    await shot(page, FLOW, '00-agencies-loading');
    expect(await page.isDisabled('#dir-commune')).toBe(true);
    await settled(page);
    await page.unroute(/\/api\/lookups\/agencies/);

    await page.selectOption('#dir-province', { label: 'Thành phố Hải Phòng' });
    await waitForSearch(page, '?provinceCode=31');
    await settled(page);
    const card = cards(page).filter({
      has: page.getByRole('heading', { name: 'BHXH TP Hải Phòng', exact: true }),
    });
    await card.waitFor();
    for (const text of await cards(page).allTextContents()) expect(text).toContain('Hải Phòng');
    const call = card.getByRole('link', { name: /^Gọi / });
    expect(await call.getAttribute('href')).toMatch(/^tel:\+?\d{8,12}$/);
    const box = await call.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    const directions = card.getByRole('link', { name: /^Chỉ đường đến BHXH TP Hải Phòng/ });
    expect(await directions.getAttribute('href')).toMatch(
      /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=/,
    );
    expect(await page.isDisabled('#dir-commune')).toBe(false);
    await shot(page, FLOW, '01-agencies-hai-phong');

    // The filters live in the URL: a reload (or a shared link) shows the same search.
    await page.reload();
    await settled(page);
    expect(await page.inputValue('#dir-province')).toBe('31');
    await card.waitFor();
  });

  it('Tra cứu CSKCB cấp giấy nghỉ việc: "bach mai" finds Bệnh viện Bạch Mai; offline keeps it', async () => {
    await page.goto('/tra-cuu/cskcb-nghi-viec');
    await settled(page);
    await page.fill('#dir-q', 'bach mai');
    await waitForSearch(page, '?q=bach+mai');
    await settled(page);
    const card = cards(page).filter({
      has: page.getByRole('heading', { name: 'Bệnh viện Bạch Mai', exact: true }),
    });
    await card.waitFor();
    expect(await card.textContent()).toContain('Mã CSKCB01929');
    expect(await card.textContent()).toContain('Dữ liệu minh hoạ');
    expect(await page.inputValue('#dir-q')).toBe('bach mai');
    await shot(page, FLOW, '02-sick-leave-bach-mai');

    // The network drops: the NETWORK message and "Thử lại", the results already shown stay.
    await page.route('**/api/lookups/**', (route) => route.abort());
    await page.selectOption('#dir-province', { label: 'Thành phố Hà Nội' });
    await page.locator('#dir-error').waitFor();
    expect(await page.locator('#dir-error').textContent()).toContain('Thử lại');
    await card.waitFor();
    expect(await page.inputValue('#dir-q')).toBe('bach mai');
    await shot(page, FLOW, '03-sick-leave-offline');
    await page.unroute('**/api/lookups/**');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.locator('#dir-error').waitFor({ state: 'detached' });
    await settled(page);
    await card.waitFor();
  });

  it('Tra cứu CSKCB ký hợp đồng BHYT: "Chỉ nơi ĐKKCB ban đầu" narrows the results', async () => {
    await page.goto('/tra-cuu/cskcb-bhyt?provinceCode=01');
    await settled(page);
    await cards(page).first().waitFor();
    const before = await countText(page);
    await page.getByLabel('Chỉ nơi ĐKKCB ban đầu').check();
    await waitForSearch(page, '?provinceCode=01&initialRegistration=true');
    await settled(page);
    await cards(page).first().waitFor();
    const after = await countText(page);
    expect(after).not.toBe(before);
    expect(Number.parseInt(after.replace(/\D/g, ''), 10)).toBeLessThan(
      Number.parseInt(before.replace(/\D/g, ''), 10),
    );
    for (const text of await cards(page).allTextContents()) {
      expect(text).toContain('Nhận ĐKKCB ban đầu');
      expect(text).toMatch(/Mã CSKCB\d{5}/);
    }
    await shot(page, FLOW, '04-bhyt-initial-registration');

    // Pages: Trước / Trang 1/n / Sau; the new page starts at its count line.
    const pager = page.getByRole('navigation', { name: 'Chuyển trang' });
    await pager.scrollIntoViewIfNeeded();
    const pages = Math.ceil(Number.parseInt(after.replace(/\D/g, ''), 10) / 20);
    expect(await pager.textContent()).toContain(`Trang 1/${pages}`);
    expect(await pager.getByRole('button', { name: 'Trước' }).isDisabled()).toBe(true);
    await shot(page, FLOW, '04b-bhyt-pager');
    const firstOnPage1 = await cards(page).first().textContent();
    await pager.getByRole('button', { name: 'Sau' }).click();
    await waitForSearch(page, '?provinceCode=01&initialRegistration=true&page=2');
    await settled(page);
    expect(await pager.textContent()).toContain(`Trang 2/${pages}`);
    expect(await cards(page).first().textContent()).not.toBe(firstOnPage1);
    await page.waitForFunction(() => document.activeElement?.id === 'dir-count');
  });

  it('Tra cứu đơn vị tham gia BHXH: by name without tones, a typo, nothing, and too long', async () => {
    await page.goto('/tra-cuu/don-vi');
    await settled(page);
    expect(await page.getAttribute('#dir-q', 'placeholder')).toBe(
      'Tên đơn vị, mã đơn vị hoặc mã số thuế',
    );
    await page.fill('#dir-q', 'hang hai');
    await waitForSearch(page, '?q=hang+hai');
    await settled(page);
    const name = page.getByRole('heading', {
      name: 'Trường Đại học Hàng hải Việt Nam',
      exact: true,
    });
    const card = cards(page).filter({ has: name });
    await card.waitFor();
    expect(await card.textContent()).toContain('Đang tham gia');
    expect(await card.textContent()).toContain('GD0001A');
    expect(await page.locator('#dir-similar').count()).toBe(0);
    await shot(page, FLOW, '05-employers-hang-hai');

    await page.fill('#dir-q', 'truong dai hoc hang hia');
    await waitForSearch(page, '?q=truong+dai+hoc+hang+hia');
    await settled(page);
    await page.locator('#dir-similar').waitFor();
    expect(await page.locator('#dir-similar').textContent()).toContain(
      'Kết quả gần đúng cho “truong dai hoc hang hia”',
    );
    await cards(page).filter({ has: name }).waitFor();
    await shot(page, FLOW, '06-employers-typo');

    await page.fill('#dir-q', 'qqxqqzzkkw');
    await page.locator('#dir-empty').waitFor();
    expect(await page.locator('#dir-empty').textContent()).toContain(
      'Không tìm thấy kết quả phù hợp',
    );
    await shot(page, FLOW, '07-employers-empty');

    const long = 'công ty '.repeat(13).trim(); // 103 characters
    await page.fill('#dir-q', long);
    await page.locator('#dir-q-error').waitFor();
    expect(await page.locator('#dir-q-error').textContent()).toContain(
      'Nội dung tìm kiếm tối đa 100 ký tự.',
    );
    expect(await page.locator('#dir-error-summary').textContent()).toContain(
      'Nội dung tìm kiếm tối đa 100 ký tự.',
    );
    expect(await page.getAttribute('#dir-q', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#dir-q')).toBe(long); // never cleared
    await shot(page, FLOW, '08-employers-too-long');
  });

  it('Tra cứu điểm thu, đại lý thu: "Gần tôi" sorts by distance, and can be turned off', async () => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation(HA_NOI);
    await page.goto('/tra-cuu/diem-thu');
    await settled(page);
    await page.getByRole('button', { name: 'Gần tôi' }).click();
    await page.waitForURL(/lat=21\.0285&lng=105\.8542/);
    await settled(page);
    await page.getByText('Đang sắp xếp theo khoảng cách từ vị trí của bạn.').waitFor();
    // The list shown before stays until the sorted one arrives: wait for the distances.
    await page.locator('.dir-card__distance').first().waitFor();
    const distances = (await page.locator('.dir-card__distance').allTextContents()).map((s) => {
      const m = /Cách ([\d.]+(?:,\d)?) km/.exec(s);
      expect(m, s).not.toBeNull();
      return Number((m?.[1] ?? '').replaceAll('.', '').replace(',', '.'));
    });
    expect(distances.length).toBe(await cards(page).count());
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeLessThan(20); // Hà Nội has collection points near Hoàn Kiếm
    await shot(page, FLOW, '09-collection-points-near-me');

    await page.getByRole('button', { name: 'Tắt Gần tôi' }).click();
    await page.waitForURL((url) => !url.search.includes('lat='));
    await settled(page);
    expect(await page.locator('.dir-card__distance').count()).toBe(0);

    // Refused: a clear message, and the rest keeps working.
    await context.clearPermissions();
    await page.getByRole('button', { name: 'Gần tôi' }).click();
    await page.locator('#dir-near-me-error').waitFor({ timeout: 15_000 });
    expect(await page.locator('#dir-near-me-error').textContent()).toBe(
      'Không lấy được vị trí của bạn. Hãy cho phép truy cập vị trí hoặc tìm theo Tỉnh/TP.',
    );
    await page.selectOption('#dir-province', { label: 'Thành phố Hải Phòng' });
    await settled(page);
    await cards(page).first().waitFor();
    await shot(page, FLOW, '10-collection-points-location-refused');
  });
});
