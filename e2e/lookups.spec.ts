import type { BrowserContext, Page } from '@playwright/test';
import { localUrl } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { phoneContext, shot } from './support.ts';

const FLOW = 'lookups';
/** Hoàn Kiếm, Hà Nội. */
const HA_NOI = { latitude: 21.0285, longitude: 105.8542 };

const cards = (page: Page) => page.locator('#dir-results > li');
const countText = async (page: Page) => (await page.locator('#dir-count').textContent()) ?? '';
const numberIn = (text: string) => Number.parseInt(text.replace(/\D/g, ''), 10);

/** Waits until the address bar's query string is exactly `search`. */
async function waitForSearch(page: Page, search: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.search === search);
}

/** Waits until the results match the URL (no request in flight, count shown). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('#dir-count')).toBeVisible();
  await expect(page.locator('.dir-section').first()).not.toHaveAttribute('aria-busy', 'true');
}

test.describe.configure({ mode: 'serial' });

test.describe('Tra cứu: the five directory lookups at 390x844', () => {
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async ({ browser, baseUrl }) => {
    context = await phoneContext(browser, localUrl(baseUrl));
    page = await context.newPage();
  });
  test.afterAll(async () => context?.close());

  test('Tra cứu cơ quan bảo hiểm: by Tỉnh/TP, with "Gọi" and "Chỉ đường"; kept on reload', async () => {
    // A slow first answer: skeleton cards, not a blank screen. The answer is held until the
    // skeleton has been seen and photographed (no guessed delay that a slow browser outlasts).
    let release: () => void = () => {};
    const seen = new Promise<void>((r) => {
      release = r;
    });
    await page.route(/\/api\/lookups\/agencies/, async (route) => {
      await seen;
      await route.continue();
    });
    await page.goto('/tra-cuu');
    await page.getByRole('link', { name: 'Tra cứu cơ quan bảo hiểm', exact: true }).click();
    await expect(page).toHaveURL(/\/tra-cuu\/co-quan-bhxh$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Tra cứu cơ quan bảo hiểm' }),
    ).toBeVisible();
    await expect(page.locator('.dir-skeleton').first()).toBeVisible();
    await shot(page, FLOW, '00-agencies-loading');
    await expect(page.locator('#dir-commune')).toBeDisabled();
    release();
    await settled(page);
    await page.unroute(/\/api\/lookups\/agencies/);

    await page.selectOption('#dir-province', { label: 'Thành phố Hải Phòng' });
    await waitForSearch(page, '?provinceCode=31');
    await settled(page);
    const card = cards(page).filter({
      has: page.getByRole('heading', { name: 'BHXH TP Hải Phòng', exact: true }),
    });
    await expect(card).toBeVisible();
    for (const text of await cards(page).allTextContents()) expect(text).toContain('Hải Phòng');
    const call = card.getByRole('link', { name: /^Gọi / });
    await expect(call).toHaveAttribute('href', /^tel:\+?\d{8,12}$/);
    const box = await call.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    const directions = card.getByRole('link', { name: /^Chỉ đường đến BHXH TP Hải Phòng/ });
    await expect(directions).toHaveAttribute(
      'href',
      /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=/,
    );
    await expect(page.locator('#dir-commune')).toBeEnabled();
    await shot(page, FLOW, '01-agencies-hai-phong');

    // The filters live in the URL: a reload (or a shared link) shows the same search.
    await page.reload();
    await settled(page);
    await expect(page.locator('#dir-province')).toHaveValue('31');
    await expect(card).toBeVisible();
  });

  test('Tra cứu CSKCB cấp giấy nghỉ việc: "bach mai" finds Bệnh viện Bạch Mai; offline keeps it', async () => {
    await page.goto('/tra-cuu/cskcb-nghi-viec');
    await settled(page);
    await page.fill('#dir-q', 'bach mai');
    await waitForSearch(page, '?q=bach+mai');
    await settled(page);
    const card = cards(page).filter({
      has: page.getByRole('heading', { name: 'Bệnh viện Bạch Mai', exact: true }),
    });
    await expect(card).toContainText('Mã CSKCB01001');
    await expect(card).toContainText('Dữ liệu minh hoạ');
    await expect(page.locator('#dir-q')).toHaveValue('bach mai');
    await shot(page, FLOW, '02-sick-leave-bach-mai');

    // The network drops: the NETWORK message and "Thử lại", the results already shown stay.
    await page.route('**/api/lookups/**', (route) => route.abort());
    await page.selectOption('#dir-province', { label: 'Thành phố Hà Nội' });
    await expect(page.locator('#dir-error')).toContainText('Thử lại');
    await expect(card).toBeVisible();
    await expect(page.locator('#dir-q')).toHaveValue('bach mai');
    await shot(page, FLOW, '03-sick-leave-offline');
    await page.unroute('**/api/lookups/**');
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await expect(page.locator('#dir-error')).toHaveCount(0);
    await settled(page);
    await expect(card).toBeVisible();
  });

  test('Tra cứu CSKCB ký hợp đồng BHYT: "Chỉ nơi ĐKKCB ban đầu" narrows the results', async () => {
    await page.goto('/tra-cuu/cskcb-bhyt?provinceCode=01');
    await settled(page);
    await expect(cards(page).first()).toBeVisible();
    const before = await countText(page);
    await page.getByLabel('Chỉ nơi ĐKKCB ban đầu').check();
    await waitForSearch(page, '?provinceCode=01&initialRegistration=true');
    await settled(page);
    // The narrowed count replaces the first one once its answer is in.
    await expect(page.locator('#dir-count')).not.toHaveText(before);
    await expect(cards(page).first()).toBeVisible();
    const after = await countText(page);
    expect(numberIn(after)).toBeLessThan(numberIn(before));
    for (const text of await cards(page).allTextContents()) {
      expect(text).toContain('Nhận ĐKKCB ban đầu');
      expect(text).toMatch(/Mã CSKCB\d{5}/);
    }
    await shot(page, FLOW, '04-bhyt-initial-registration');

    // Pages: Trước / Trang 1/n / Sau; the new page starts at its count line.
    const pager = page.getByRole('navigation', { name: 'Chuyển trang' });
    await pager.scrollIntoViewIfNeeded();
    const pages = Math.ceil(numberIn(after) / 20);
    await expect(pager).toContainText(`Trang 1/${pages}`);
    await expect(pager.getByRole('button', { name: 'Trước' })).toBeDisabled();
    await shot(page, FLOW, '04b-bhyt-pager');
    const firstOnPage1 = (await cards(page).first().textContent()) ?? '';
    await pager.getByRole('button', { name: 'Sau' }).click();
    await waitForSearch(page, '?provinceCode=01&initialRegistration=true&page=2');
    await settled(page);
    await expect(pager).toContainText(`Trang 2/${pages}`);
    await expect(cards(page).first()).not.toHaveText(firstOnPage1);
    await expect(page.locator('#dir-count')).toBeFocused();
  });

  test('Tra cứu đơn vị tham gia BHXH: by name without tones, a typo, nothing, and too long', async () => {
    await page.goto('/tra-cuu/don-vi');
    await settled(page);
    await expect(page.locator('#dir-q')).toHaveAttribute(
      'placeholder',
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
    await expect(card).toContainText('Đang tham gia');
    await expect(card).toContainText('GD0001A');
    await expect(page.locator('#dir-similar')).toHaveCount(0);
    await shot(page, FLOW, '05-employers-hang-hai');

    await page.fill('#dir-q', 'truong dai hoc hang hia');
    await waitForSearch(page, '?q=truong+dai+hoc+hang+hia');
    await settled(page);
    await expect(page.locator('#dir-similar')).toContainText(
      'Kết quả gần đúng cho “truong dai hoc hang hia”',
    );
    await expect(cards(page).filter({ has: name })).toBeVisible();
    await shot(page, FLOW, '06-employers-typo');

    await page.fill('#dir-q', 'qqxqqzzkkw');
    await expect(page.locator('#dir-empty')).toContainText('Không tìm thấy kết quả phù hợp');
    await shot(page, FLOW, '07-employers-empty');

    const long = 'công ty '.repeat(13).trim(); // 103 characters
    await page.fill('#dir-q', long);
    await expect(page.locator('#dir-q-error')).toContainText('Nội dung tìm kiếm tối đa 100 ký tự.');
    await expect(page.locator('#dir-error-summary')).toContainText(
      'Nội dung tìm kiếm tối đa 100 ký tự.',
    );
    await expect(page.locator('#dir-q')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#dir-q')).toHaveValue(long); // never cleared
    await shot(page, FLOW, '08-employers-too-long');
  });

  test('Tra cứu điểm thu, đại lý thu: "Gần tôi" sorts by distance, and can be turned off', async () => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation(HA_NOI);
    await page.goto('/tra-cuu/diem-thu');
    await settled(page);
    await page.getByRole('button', { name: 'Gần tôi' }).click();
    await expect(page).toHaveURL(/lat=21\.0285&lng=105\.8542/);
    await settled(page);
    await expect(page.getByText('Đang sắp xếp theo khoảng cách từ vị trí của bạn.')).toBeVisible();
    // The list shown before stays until the sorted one arrives: wait until every card has its
    // distance, then read them.
    await expect(page.locator('.dir-card__distance').first()).toBeVisible();
    await expect(page.locator('.dir-card__distance')).toHaveCount(await cards(page).count());
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
    await expect(page).toHaveURL((url) => !url.search.includes('lat='));
    await settled(page);
    await expect(page.locator('.dir-card__distance')).toHaveCount(0);

    // Refused: a clear message, and the rest keeps working.
    await context.clearPermissions();
    await page.getByRole('button', { name: 'Gần tôi' }).click();
    await expect(page.locator('#dir-near-me-error')).toHaveText(
      'Không lấy được vị trí của bạn. Hãy cho phép truy cập vị trí hoặc tìm theo Tỉnh/TP.',
    );
    await page.selectOption('#dir-province', { label: 'Thành phố Hải Phòng' });
    await settled(page);
    await expect(cards(page).first()).toBeVisible();
    await shot(page, FLOW, '10-collection-points-location-refused');
  });
});
