import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.ts';
import { startServer } from './process-helpers.ts';

describe('in production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:9', APP_SECRET: 'p'.repeat(44) },
      workers: false,
    });
  });
  afterAll(async () => t.close());

  it('never mounts the development mailbox', async () => {
    expect(t.runtime.mailbox).toBeNull();
    for (const url of ['/dev/mail', '/dev/mail/api/messages']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
    }
  });
});

describe('starting in production', () => {
  it('refuses the public demo accounts (SEED_DEMO=true), and says why', async () => {
    const outcome = await startServer({
      NODE_ENV: 'production',
      SEED_DEMO: 'true',
      SMTP_URL: 'smtp://127.0.0.1:9',
      APP_SECRET: 'p'.repeat(44),
      // Never the repository's own data directory, should it start after all.
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'vssid-prod-')),
    }).then(
      (s) => {
        s.proc.kill('SIGKILL');
        return 'started';
      },
      (err: Error) => err.message,
    );
    expect(outcome).toMatch(/server exited early[\s\S]*SEED_DEMO: must not be true/);
  });
});
