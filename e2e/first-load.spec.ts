import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { phoneContext } from './support.ts';

/**
 * Issue 17: what a signed-out phone downloads and reports on its first visit. The chunk names
 * come from the build's own manifest (apps/web/dist/.vite/manifest.json), never guessed.
 */
type Chunk = { file: string; src?: string; css?: string[] };
const manifest = JSON.parse(
  readFileSync(new URL('../apps/web/dist/.vite/manifest.json', import.meta.url), 'utf8'),
) as Record<string, Chunk>;
const filesOf = (test: (src: string) => boolean) =>
  new Set(
    Object.values(manifest)
      .filter((c) => c.src && test(c.src))
      .flatMap((c) => [c.file, ...(c.css ?? [])]),
  );
/** The back office (and any other area that is not the citizen's). */
const RESTRICTED = filesOf((src) => /^src\/(backoffice|organi[sz]ation)\//.test(src));
const ENGLISH = filesOf((src) => src === 'src/i18n/en.ts');

type Seen = { requests: string[]; errors: string[] };

async function firstVisit(page: Page, url: string): Promise<Seen> {
  const seen: Seen = { requests: [], errors: [] };
  page.on('request', (r) => seen.requests.push(new URL(r.url()).pathname.replace(/^\//, '')));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.errors.push(`page: ${e.message}`));
  // A CSP violation is not always a console message: listen for the event itself.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP ${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  return seen;
}

test.describe('a signed-out first visit at 390x844', () => {
  test('the manifest names the chunks this test looks for', () => {
    expect(RESTRICTED.size).toBeGreaterThan(0);
    expect(ENGLISH.size).toBe(1);
  });

  for (const [path, ready] of [
    ['/dang-nhap', 'Đăng nhập'],
    ['/tra-cuu', 'Tra cứu'],
  ] as const) {
    test(`${path}: no console error, no CSP report, no back office, no English catalogue`, async ({
      browser,
      baseUrl,
    }) => {
      const context = await phoneContext(browser, baseUrl);
      try {
        const page = await context.newPage();
        const seen = await firstVisit(page, path);
        await expect(page.getByRole('heading', { name: ready }).first()).toBeVisible();
        // The entry script itself was seen, so the request log is not empty by accident.
        expect(seen.requests.some((r) => /^assets\/index-.*\.js$/.test(r))).toBe(true);
        expect(seen.errors).toEqual([]);
        expect(seen.requests.filter((r) => RESTRICTED.has(r))).toEqual([]);
        expect(seen.requests.filter((r) => ENGLISH.has(r))).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  test('the English catalogue arrives when English is chosen', async ({ browser, baseUrl }) => {
    const context = await phoneContext(browser, baseUrl);
    try {
      const page = await context.newPage();
      const seen = await firstVisit(page, '/dang-nhap');
      await page.getByRole('button', { name: 'English' }).first().click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
      expect(seen.requests.filter((r) => ENGLISH.has(r))).toHaveLength(1);
      expect(seen.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
