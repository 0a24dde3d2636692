import type { BrowserContext, Page, Response } from '@playwright/test';
import sharp from 'sharp';
import { DEMO } from '../apps/server/src/db/seed/demo.ts';
import { DEMO_STUDENTS } from '../apps/server/src/db/seed/demo-students.ts';
import { CITIZEN, localUrl } from './auth-support.ts';
import { expect, test } from './fixtures.ts';
import { phoneContext, shot } from './support.ts';

const FLOW = 'english';
/** A demo student no other spec registers: steps 1–4 are walked, nothing is submitted. */
const STUDENT = DEMO_STUDENTS.find((s) => s.bhxhCode === '3123040104' && s.inRegistry)!;

/**
 * Letters only Vietnamese writes (a tone mark or ă, â, đ, ê, ô, ơ, ư). An English screen may
 * show such a word only inside a proper name (a person, a place, an agency, a facility, an
 * employer): anything else is a word the app forgot to translate.
 */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

/**
 * Fields of the API's answers that hold proper names or addresses (values from the seed and the
 * generated directories, read from the answers the screen itself received), plus `position`:
 * the job title as the employer declared it, free text that no catalogue can word.
 */
const NAME_FIELDS = new Set([
  'fullName',
  'displayName',
  'maskedName',
  'name',
  'address',
  'facilityName',
  'employerName',
  'workplace',
  'paidBy',
  'issuingOffice',
  'operator',
  'position',
]);

/** The only hand-typed exceptions, each with its reason. */
const EXPLICIT = [
  'đ', // the currency sign of "5.453.400 đ", kept in both languages
  'Trần Văn Bình', // the hint's example of a name typed with accents ("or Tran Van Binh")
];

/** Proper names of the seed itself (people and places typed in by the demo data). */
const SEED_NAMES = [
  DEMO.citizen.fullName,
  ...DEMO_STUDENTS.flatMap((s) => [s.fullName, s.communeName, s.street]),
];

function collectNames(value: unknown, into: Set<string>, key = ''): void {
  if (typeof value === 'string') {
    if (NAME_FIELDS.has(key) && value.trim()) into.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectNames(v, into, key);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collectNames(v, into, k);
  }
}

/**
 * What the person reads: the visible text and the placeholders, minus the language switch's
 * "Tiếng Việt" (a language named in its own words, marked lang="vi").
 */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // innerText on purpose: only what is rendered and visible, as the person reads it.
    // biome-ignore lint/performance/useDomNodeTextContent: visible text, not the DOM's
    let text = document.body.innerText;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('button[lang="vi"]'))) {
      // biome-ignore lint/performance/useDomNodeTextContent: visible text, not the DOM's
      text = text.replace(el.innerText, ' ');
    }
    const placeholders = Array.from(document.querySelectorAll('[placeholder]'))
      .map((el) => el.getAttribute('placeholder'))
      .join('\n');
    return `${text}\n${placeholders}`;
  });
}

/** `name` as a whole phrase (not inside a longer word), any case. */
function phrase(name: string): RegExp {
  const escaped = name.toLocaleLowerCase('vi').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{M}\\d])${escaped}(?![\\p{L}\\p{M}\\d])`, 'gu');
}

test.describe.configure({ mode: 'serial' });

test.describe('English: every citizen screen speaks English, names aside', () => {
  let context: BrowserContext;
  let page: Page;
  const names = new Set<string>([...SEED_NAMES, ...EXPLICIT]);
  const offenders = new Map<string, string[]>();

  async function check(screen: string, file?: string): Promise<void> {
    // The whole screen first: its title in English, no spinner, no skeleton.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.app-header__title, h1').first()).toBeVisible();
    await expect(page.locator('[aria-busy="true"], .records-skeleton')).toHaveCount(0);
    let text = (await visibleText(page)).toLocaleLowerCase('vi');
    const known = [...names].sort((a, b) => b.length - a.length);
    for (const n of known) text = text.replace(phrase(n), ' ');
    const words = [...new Set(text.split(/[^\p{L}\p{M}]+/u).filter((w) => VIETNAMESE.test(w)))];
    if (words.length > 0) offenders.set(screen, words);
    if (file) await shot(page, FLOW, file);
  }

  async function tabs(screen: string, file: string): Promise<void> {
    const list = page.getByRole('tab');
    await expect(list.first()).toBeVisible();
    const count = await list.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      await list.nth(i).click();
      await expect(list.nth(i)).toHaveAttribute('aria-selected', 'true');
      await check(`${screen} – tab ${i + 1}`, i === 1 ? file : undefined);
    }
  }

  test.beforeAll(async ({ browser, baseUrl }) => {
    context = await phoneContext(browser, localUrl(baseUrl));
    page = await context.newPage();
    page.on('response', async (res: Response) => {
      if (!res.url().includes('/api/')) return;
      if (!(res.headers()['content-type'] ?? '').includes('json')) return;
      try {
        collectNames(await res.json(), names);
      } catch {
        // a body already gone (navigation) holds nothing the screen still shows
      }
    });
  });
  test.afterAll(async () => context?.close());

  test('signed out: sign-in, forgot password, registration, status, tabs', async () => {
    await page.goto('/dang-nhap');
    // As a person does it: the language switch on the sign-in screen.
    await page.getByRole('button', { name: 'English' }).click();
    await check('login', '01-login');

    await page.goto('/quen-mat-khau');
    await check('forgot password');
    await page.goto('/dang-ky');
    await check('registration, step 1');
    // The form's own errors, worded by the shared message catalogue.
    await page.locator('form button[type="submit"]').first().click();
    await expect(page.locator('.error-summary, [role="alert"]').first()).toBeVisible();
    await check('registration, step 1 errors', '02-registration-errors');
    await page.goto('/dang-ky/trang-thai');
    await check('registration status');
    for (const path of ['/ca-nhan', '/dich-vu-cong', '/tra-cuu', '/tro-giup']) {
      await page.goto(path);
      await check(`${path} (signed out)`);
    }
  });

  test('registration steps 1 to 4, as a student would fill them', async () => {
    await page.goto('/dang-ky');
    await page.fill('#reg-bhxh-code', STUDENT.bhxhCode);
    await page.fill('#reg-full-name', STUDENT.fullName);
    await page.fill('#reg-id-number', STUDENT.idNumber);
    await page
      .locator('#reg-birth-date')
      .pressSequentially(STUDENT.birthDate.split('-').reverse().join(''));
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/dang-ky\?buoc=2$/);
    await check('registration, step 2');
    for (const [input, typed, option] of [
      ['#reg-province', 'hai phong', 'Thành phố Hải Phòng'],
      ['#reg-commune', STUDENT.communeName.replace('Phường ', ''), STUDENT.communeName],
    ] as const) {
      await page.locator(input).click();
      await page.locator(input).fill(typed);
      await page.getByRole('option', { name: option, exact: true }).click();
    }
    await page.fill('#reg-street', STUDENT.street);
    await page.fill('#reg-phone', STUDENT.phone);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/dang-ky\?buoc=3$/);
    await check('registration, step 3');
    await page.locator('label[for="reg-consent"]').click();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800">
      <rect width="600" height="800" fill="#dfe9f5"/><circle cx="300" cy="300" r="150" fill="#c89f7e"/></svg>`;
    await page.setInputFiles('#reg-photo-portrait-gallery', {
      name: 'portrait.jpg',
      mimeType: 'image/jpeg',
      buffer: await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer(),
    });
    await expect(page.locator('.photo-thumb img').first()).toBeVisible();
    await check('registration, step 3 with the portrait');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/dang-ky\?buoc=4$/);
    await expect(page.locator('.agency').first()).toBeVisible();
    await check('registration, step 4', '03-registration-step-4');
  });

  test('signed in: personal records, every tab', async () => {
    await page.goto('/dang-nhap');
    // The server's refusal, worded from its message code in English.
    await page.fill('#login-bhxh-code', CITIZEN.bhxhCode);
    await page.fill('#login-password', 'not-the-password-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.locator('.error-summary, [role="alert"]').first()).toBeVisible();
    await check('login, wrong password');
    await page.fill('#login-password', CITIZEN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/ca-nhan$/);
    await expect(page.locator('.profile-card')).toContainText(DEMO.citizen.fullName);
    await check('home', '04-home');

    await page.goto('/ca-nhan/the-bhyt');
    await expect(page.locator('.bhyt-card').first()).toBeVisible();
    await check('card', '05-card');

    await page.goto('/ca-nhan/qua-trinh-tham-gia');
    await expect(page.locator('#participation-total')).toHaveText(
      'Total time insured: 12 years 2 months',
    );
    await check('participation', '06-participation');
    await page.locator('.period__row').first().click();
    await expect(page.locator('.period-detail').first()).toBeVisible();
    await check('participation, detail');
    await tabs('participation', '07-participation-tab');

    await page.goto('/ca-nhan/thong-tin-huong');
    await tabs('benefits', '08-benefits-maternity');
    await page.getByRole('tab', { name: /^Sickness/ }).click();
    await expect(page.locator('.benefit__regime')).toHaveText(['Childbirth']);

    await page.goto('/ca-nhan/so-kham-chua-benh');
    await check('medical book', '09-medical-book');

    await page.goto('/ca-nhan/doi-mat-khau');
    await check('change password');
    await page.goto('/ca-nhan/bao-mat');
    await check('security', '10-security');
  });

  test('signed in: public services, lookups, help', async () => {
    for (const path of [
      '/dich-vu-cong',
      '/dich-vu-cong/truc-tuyen',
      '/dich-vu-cong/theo-doi-ho-so',
    ]) {
      await page.goto(path);
      await check(path);
    }
    await page.goto('/tra-cuu');
    await check('lookups');
    await page.goto('/tra-cuu/ma-so-bhxh');
    await check('lookup: BHXH code');
    await page.locator('form button[type="submit"]').first().click();
    await expect(page.locator('.error-summary, [role="alert"]').first()).toBeVisible();
    await check('lookup: BHXH code errors');
    const directories = [
      ['/tra-cuu/co-quan-bhxh?provinceCode=01', 'agencies'],
      ['/tra-cuu/cskcb-nghi-viec?provinceCode=01', 'sick-leave facilities'],
      ['/tra-cuu/cskcb-bhyt?q=Bach%20Mai', 'BHYT facilities'],
      ['/tra-cuu/don-vi?provinceCode=01', 'employers'],
      ['/tra-cuu/diem-thu?provinceCode=01', 'collection points'],
    ] as const;
    for (const [path, label] of directories) {
      await page.goto(path);
      const card = page.locator('.dir-card').first();
      await expect(card).toBeVisible();
      await check(`lookup: ${label}`);
      if (label === 'agencies' || label === 'BHYT facilities') {
        if (label === 'agencies') await expect(card).toContainText('Monday – Friday: 7:');
        await card.scrollIntoViewIfNeeded();
        await shot(
          page,
          FLOW,
          label === 'agencies' ? '11-lookup-agencies' : '12-lookup-facilities',
        );
      }
    }
    for (const path of [
      '/tro-giup',
      '/tro-giup/huong-dan',
      '/tro-giup/hoi-dap',
      '/tro-giup/chatbot',
      '/tro-giup/gop-y',
      '/khong-co-trang-nay',
    ]) {
      await page.goto(path);
      await check(path);
    }
  });

  test('signed in without a card: the no-card notice and an empty tab', async () => {
    await context.clearCookies();
    await page.goto('/dang-nhap');
    await page.fill('#login-bhxh-code', DEMO.withoutCard.bhxhCode);
    await page.fill('#login-password', DEMO.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/ca-nhan$/);
    await page.goto('/ca-nhan/the-bhyt');
    const notice = page.locator('#no-card');
    await expect(notice).toContainText('BHXH TP Hải Phòng');
    await expect(notice).toContainText('Monday – Friday: 7:30');
    await check('card, none on record', '13-no-card');
    await page.goto('/ca-nhan/qua-trinh-tham-gia');
    await page.getByRole('tab').nth(2).click();
    await expect(page.locator('#no-participation')).toBeVisible();
    await check('participation, a tab with no months');
  });

  test('no screen shows a Vietnamese word that is not a name', () => {
    const report = [...offenders].map(([screen, words]) => `${screen}: ${words.join(', ')}`);
    const total = [...offenders.values()].reduce((n, w) => n + w.length, 0);
    console.log(`Vietnamese words on English screens: ${total}\n${report.join('\n')}`);
    expect(report, `${total} untranslated words`).toEqual([]);
  });
});
