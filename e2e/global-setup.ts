import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../apps/server/test/process-helpers.ts';

const STARTUP_TIMEOUT_MS = 600_000;

/**
 * One real server (built web app, embedded database and mailbox, demo data) for all specs. Its
 * address reaches the workers through the environment (E2E_BASE_URL, read by fixtures.ts).
 */
export default async function globalSetup() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vssid-e2e-'));
  // Every spec signs in from the same loopback address: the per-IP sign-in limit (20 a minute,
  // tested in the API tests) would otherwise turn a busy run into 429s. TEST_CLOCK: specs step
  // past TOTP windows with POST /dev/clock instead of waiting for the wall clock.
  // Start-up (migrations, demo data and directories on PGlite) takes seconds on an idle machine
  // and minutes on a busy one: wait for the server to answer, with a bound only for a hung start.
  const server = await startServer(
    {
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      LOGINS_PER_IP_PER_MINUTE: '1000',
      TEST_CLOCK: '1',
    },
    STARTUP_TIMEOUT_MS,
  );
  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_DATA_DIR = dataDir;
  return async () => {
    server.proc.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
}
