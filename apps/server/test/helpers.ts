import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import pino, { type Logger } from 'pino';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { DatabaseOptions } from '../src/db/client.ts';
import type { Clock } from '../src/lib/clock.ts';
import { createRuntime, type Runtime } from '../src/runtime.ts';

/** Which database this test run uses: PGlite by default, PostgreSQL when TEST_DB=postgres. */
export const TEST_DRIVER: 'pglite' | 'postgres' =
  process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  return url;
}

/**
 * A fresh, empty database for one test file: an in-memory PGlite, or a new database created
 * on the PostgreSQL server (dropped again by the returned `drop`).
 */
export async function freshDatabase(): Promise<{
  options: DatabaseOptions;
  drop: () => Promise<void>;
}> {
  if (TEST_DRIVER === 'pglite')
    return { options: { driver: 'pglite', dir: null }, drop: async () => {} };
  const base = new URL(testDatabaseUrl());
  const name = `vssid_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    options: { driver: 'postgres', url: url.toString(), poolSize: 5 },
    drop: async () => {
      const c = new pg.Client({ connectionString: base.toString() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export type TestApp = { app: FastifyInstance; runtime: Runtime; close: () => Promise<void> };

/** The whole app over a fresh database, with the embedded mailbox on a free port. */
export async function createTestApp(
  o: {
    env?: Record<string, string>;
    seed?: { adminUnits: boolean; demo: boolean };
    workers?: boolean;
    database?: DatabaseOptions;
    clock?: Clock;
    /** A logger to capture output (log-hygiene tests); silent by default. */
    log?: Logger;
    /** The same secret again, to reopen a database after a restart; random by default. */
    masterSecret?: Buffer;
  } = {},
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    EMBEDDED_SMTP_PORT: '0',
    LOG_LEVEL: 'silent',
    QUEUE_POLL_SECONDS: '0.5',
    MAIL_RETRY_DELAY_SECONDS: '1',
    // Tests stand behind a pretend proxy, so each can use its own client address.
    TRUST_PROXY_HOPS: '1',
    ...o.env,
  });
  const fresh = o.database ? null : await freshDatabase();
  const runtime = await createRuntime({
    config,
    log: o.log ?? pino({ level: 'silent' }),
    database: o.database ?? fresh!.options,
    seed: o.seed ?? { adminUnits: false, demo: false },
    workers: o.workers ?? true,
    masterSecret: o.masterSecret ?? randomBytes(32),
    ...(o.clock ? { clock: o.clock } : {}),
  });
  const app = await buildApp(runtime);
  await app.ready();
  return {
    app,
    runtime,
    close: async () => {
      await app.close();
      await runtime.close();
      await fresh?.drop();
    },
  };
}

/**
 * Waits for a condition instead of sleeping for a guessed time: polls `condition` until it returns
 * something other than undefined, null or false, and returns that. Throws after `timeoutMs`
 * (with `what` in the message), so a test that waited can never pass having checked nothing.
 */
export async function waitFor<T>(
  condition: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  o: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const timeoutMs = o.timeoutMs ?? 20_000;
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await condition();
    if (v !== undefined && v !== null && v !== false) return v;
    if (Date.now() > end)
      throw new Error(`${o.what ?? 'condition'} not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, o.intervalMs ?? 100));
  }
}

/** `waitFor` with positional arguments (older call sites). */
export const eventually = <T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
  stepMs = 100,
): Promise<T> => waitFor(check, { timeoutMs, intervalMs: stepMs });

/**
 * Signs an account in by creating a real session row, for tests of features behind sign-in
 * (the sign-in flows themselves are tested through their routes). Returns the headers to send.
 */
export async function sessionHeaders(
  t: TestApp,
  accountId: string,
  kind: 'citizen' | 'staff',
): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const s = await t.runtime.services.sessions.create({ accountId, kind, stage: 'full' });
  const base = kind === 'staff' ? 'vssid_staff' : 'vssid_session';
  const name = t.runtime.config.secureCookies ? `__Host-${base}` : base;
  return { cookie: `${name}=${s.token}`, 'x-csrf-token': s.csrfToken };
}
