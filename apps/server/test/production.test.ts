import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.ts';

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
