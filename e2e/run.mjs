// `npm run test:e2e`: browser tests in Debian's Chromium, never a downloaded browser.
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
process.exit(await run('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)]));
