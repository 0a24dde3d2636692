import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startServer } from '../apps/server/test/process-helpers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One real server (built web app, embedded database and mailbox, demo data) for all specs. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vssid-e2e-'));
  // Every spec signs in from the same loopback address: the per-IP sign-in limit (20 a minute,
  // tested in the API tests) would otherwise turn a busy run into 429s.
  const server = await startServer({
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    LOGINS_PER_IP_PER_MINUTE: '1000',
  });
  project.provide('baseUrl', server.url);
  return async () => {
    server.proc.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
}
