import { defineConfig } from '@playwright/test';

/**
 * Browser end-to-end tests (`npm run test:e2e`): Debian's Chromium at /usr/bin/chromium, never a
 * downloaded browser (no `channel`, an explicit executablePath), against one real server per run
 * started by e2e/global-setup.ts (built web app, embedded database and mailbox, demo data, the
 * adjustable test clock).
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  // One worker: every spec shares the one server and its demo accounts (auth-reset changes the
  // demo citizen's password and puts it back; the staff TOTP steps are single-use), and on the
  // 2-core machine the server and Chromium already take both cores. Files run in name order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // The bounds below only catch a hang: every wait is for a condition (web-first assertions
  // retry), and CI runs this tier under a CPU hog, where a whole flow can take 5x longer.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  // Traces and screenshots of failed tests (the people-facing screenshots are in e2e/artifacts).
  outputDir: 'test-results/e2e',
  // scripts/test.mjs adds the JSON reporter (--reporter=list,json) for the closing counts.
  reporter: 'list',
  use: {
    headless: true,
    locale: 'vi-VN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The closed network: no sandbox (containers), no GPU, nothing phoning home.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
