// `npm run test:e2e`: browser tests with @playwright/test in Debian's Chromium, never a
// downloaded browser (playwright.config.ts). Extra arguments go to `playwright test`.
import { existsSync } from 'node:fs';
import { ensureWebBuilt, run } from '../scripts/lib.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(
    `Chromium was not found at ${CHROMIUM}. The end-to-end tests need it: run\n  apt-get install -y chromium\n(as root; 'apt-get update' first). The e2e step FAILED; it does not pass silently.`,
  );
  process.exit(1);
}
ensureWebBuilt();
process.exit(
  await run('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    // Never fetch a browser, whatever a dependency's install step or a stray command would do.
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  }),
);
