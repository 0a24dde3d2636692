import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * `test` with the run's server: `baseUrl` (worker-scoped, from global-setup.ts) and the `page`
 * fixture's baseURL pointing at it.
 */
export const test = base.extend<object, { baseUrl: string }>({
  baseUrl: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const url = process.env.E2E_BASE_URL;
      if (!url) throw new Error('E2E_BASE_URL is not set: run the specs with `npm run test:e2e`');
      await use(url);
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ baseUrl }, use) => use(baseUrl),
});
