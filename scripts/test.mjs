// `npm test`: lint, type-check, unit and API tests (PGlite, then PostgreSQL when
// TEST_DATABASE_URL is set), then browser end-to-end tests (Playwright). Exits non-zero on any
// failure; the closing line adds up the tests of every step.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, run } from './lib.mjs';

const RESULTS = path.join(ROOT, 'test-results');
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const vitest = (name, args, env = {}) => ({
  name,
  cmd: 'npx',
  args: [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.join(RESULTS, `${name}.json`)}`,
  ],
  env,
  json: path.join(RESULTS, `${name}.json`),
});

const steps = [
  { name: 'lint', cmd: 'npx', args: ['biome', 'check', '.'] },
  { name: 'typecheck', cmd: 'npm', args: ['run', '--silent', 'typecheck'] },
  vitest('unit-and-api-pglite', [
    '--project',
    'domain',
    '--project',
    'contracts',
    '--project',
    'web',
    '--project',
    'server',
  ]),
];
if (process.env.TEST_DATABASE_URL) {
  steps.push(vitest('api-postgres', ['--project', 'server'], { TEST_DB: 'postgres' }));
} else {
  console.log('TEST_DATABASE_URL is not set: the PostgreSQL pass of the API tests is skipped.');
}
// Browser tests: @playwright/test (playwright.config.ts); its JSON report feeds the same counts.
steps.push({
  name: 'e2e',
  cmd: 'node',
  args: ['e2e/run.mjs', '--reporter=list,json'],
  env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(RESULTS, 'e2e.json') },
  json: path.join(RESULTS, 'e2e.json'),
  // Playwright: expected = passed, flaky = passed on a retry (none are configured),
  // unexpected = failed; skipped tests (after a failure in a serial file) count as failed.
  counts: (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected + r.stats.skipped,
  }),
});

const vitestCounts = (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests });

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  const code = await run(step.cmd, step.args, { env: { ...process.env, ...step.env } });
  if (code !== 0) failedSteps.push(step.name);
  if (step.json) {
    try {
      const r = (step.counts ?? vitestCounts)(JSON.parse(readFileSync(step.json, 'utf8')));
      passed += r.passed;
      failed += r.failed;
    } catch {
      // no report: the step failed before running tests; its exit code already counts
    }
  }
}
console.log(
  `\n${failedSteps.length ? `Failed steps: ${failedSteps.join(', ')}` : 'All steps passed.'}`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
