import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO } from '../apps/server/src/db/seed/demo.ts';
import { DEMO_STUDENTS } from '../apps/server/src/db/seed/demo-students.ts';
import { expect, test } from './fixtures.ts';
import { PHONE, phoneContext, shot } from './support.ts';

// Issue 11, points 2, 3 and 7: the code and the name are checked on step 1, a name typed
// without diacritics is offered in the records' spelling, and step 4 is short.
const FLOW = 'registration-identity';
// Hoàng Thu Trang: in the records, no account, a CMND (so all three photos are asked for).
const TRANG = DEMO_STUDENTS.find((s) => s.bhxhCode === '3123040106')!;
const dmy = (iso: string) => iso.split('-').reverse().join('');

async function fillIdentity(
  page: Page,
  o: { bhxhCode: string; fullName: string; idNumber: string; birthDate: string },
) {
  await page.fill('#reg-bhxh-code', o.bhxhCode);
  await page.fill('#reg-full-name', o.fullName);
  await page.fill('#reg-id-number', o.idNumber);
  await page.fill('#reg-birth-date', '');
  await page.locator('#reg-birth-date').pressSequentially(dmy(o.birthDate));
}

async function choose(page: Page, input: string, typed: string, option: string) {
  await page.locator(input).click();
  await page.locator(input).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

function pictureJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#dfe9f5' } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** Where an element's top is on the page (not the viewport), in CSS pixels. */
const pageTop = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY));

test.describe.configure({ mode: 'serial' });

test.describe('"Đăng ký tài khoản": who you are is checked on step 1; step 4 is short', () => {
  let page: Page;

  test.beforeAll(async ({ browser, baseUrl }) => {
    page = await (await phoneContext(browser, baseUrl)).newPage();
  });
  test.afterAll(async () => page?.context().close());

  test('a code that already has an account is refused on step 1, at the code field', async () => {
    await page.goto('/dang-ky');
    await fillIdentity(page, {
      bhxhCode: DEMO.citizen.bhxhCode,
      fullName: DEMO.citizen.fullName,
      idNumber: '001188012345',
      birthDate: '1988-03-12',
    });
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page.locator('#reg-bhxh-code-error')).toContainText(
      'Mã số BHXH này đã có tài khoản VssID',
    );
    await expect(page).toHaveURL(/\/dang-ky$/);
    await expect(page.locator('#reg-full-name-error')).toHaveCount(0);
    await expect(page.locator('#reg-bhxh-code')).toHaveValue(DEMO.citizen.bhxhCode);
    await page.locator('#reg-bhxh-code').scrollIntoViewIfNeeded();
    await shot(page, FLOW, '01-account-exists');
  });

  test('a name that is not the code’s is refused on step 1, at the name field', async () => {
    await fillIdentity(page, { ...TRANG, fullName: 'Hoàng Thu Hà' });
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page.locator('#reg-full-name-error')).toContainText(
      'Họ và tên chưa khớp với mã số BHXH',
    );
    await expect(page.locator('#reg-bhxh-code-error')).toHaveCount(0);
    await expect(page).toHaveURL(/\/dang-ky$/);
    // nothing typed is lost, and the records' name is not revealed
    await expect(page.locator('#reg-full-name')).toHaveValue('Hoàng Thu Hà');
    await expect(page.locator('#reg-id-number')).toHaveValue(TRANG.idNumber);
    await expect(page.getByText('Hoàng Thu Trang')).toHaveCount(0);
    await page.locator('#reg-full-name').scrollIntoViewIfNeeded();
    await shot(page, FLOW, '02-name-mismatch');
  });

  test('"hoang thu trang" is asked "Có phải bạn là Hoàng Thu Trang?"; accepting fills the field', async () => {
    await page.fill('#reg-full-name', 'hoang thu trang');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const question = page.locator('#reg-name-suggestion');
    await expect(question).toContainText('Có phải bạn là Hoàng Thu Trang?');
    await expect(page).toHaveURL(/\/dang-ky$/);
    await expect(page.locator('#reg-full-name-error')).toHaveCount(0);
    await question.scrollIntoViewIfNeeded();
    await shot(page, FLOW, '03-did-you-mean');

    await question.getByRole('button').click();
    await expect(page.locator('#reg-full-name')).toHaveValue('Hoàng Thu Trang');
    await expect(question).toHaveCount(0);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page).toHaveURL(/\/dang-ky\?buoc=2$/);
  });

  test('step 4 lists a few agencies, the province’s own first, with the email close by', async () => {
    await choose(page, '#reg-province', 'hai phong', 'Thành phố Hải Phòng');
    await choose(page, '#reg-commune', 'hong bang', TRANG.communeName);
    await page.fill('#reg-street', TRANG.street);
    await page.fill('#reg-phone', TRANG.phone);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page).toHaveURL(/\/dang-ky\?buoc=3$/);
    await page.locator('label[for="reg-consent"]').click();
    await expect(page.locator('.consent__given')).toBeVisible();
    for (const [kind, w, h] of [
      ['portrait', 600, 800],
      ['id_front', 860, 540],
      ['id_back', 860, 540],
    ] as const) {
      await page.setInputFiles(`#reg-photo-${kind}-gallery`, {
        name: `${kind}.jpg`,
        mimeType: 'image/jpeg',
        buffer: await pictureJpeg(w, h),
      });
    }
    await expect(page.locator('.photo-thumb img')).toHaveCount(3);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page).toHaveURL(/\/dang-ky\?buoc=4$/);

    const agencies = page.locator('#reg-agency-list .agency');
    await expect(agencies.first()).toContainText('BHXH TP Hải Phòng');
    await expect(agencies.first()).toContainText('Theo Tỉnh - TP bạn chọn');
    await expect(agencies).toHaveCount(4);
    await expect(page.locator('#reg-agency-more')).toBeVisible();
    // The email field within the first two screens, and the page no longer 15,000 px tall.
    await expect.poll(() => pageTop(page, '#reg-email')).toBeLessThan(2 * PHONE.height);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollHeight))
      .toBeLessThan(3 * PHONE.height);
    await shot(page, FLOW, '04-agency-short');
    await page.locator('#reg-email').scrollIntoViewIfNeeded();
    await shot(page, FLOW, '05-agency-email');
  });

  test('the search reaches every agency, a province’s own agency first', async () => {
    const agencies = page.locator('#reg-agency-list .agency');
    await page.fill('#reg-agency-search', 'Hà Nội');
    await expect(agencies.first()).toContainText('BHXH Tp. Hà Nội');
    await page.fill('#reg-agency-search', 'Hải Phòng');
    await expect(agencies.first()).toContainText('BHXH TP Hải Phòng');
    await agencies.first().click();
    await page.fill('#reg-agency-search', 'Huế');
    await expect(agencies.nth(1)).toContainText('BHXH thành phố Huế');
    // the chosen agency stays on the list, first, while searching elsewhere
    await expect(agencies.first()).toContainText('BHXH TP Hải Phòng');
    await expect(page.locator('#reg-agency-list input:checked')).toHaveCount(1);
    await page.locator('#reg-agency-search').scrollIntoViewIfNeeded();
    await shot(page, FLOW, '06-agency-search');
  });
});
