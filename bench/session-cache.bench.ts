import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { createRuntime } from '../apps/server/src/runtime.ts';
import { load, report } from './load.ts';
import { scratchDatabase } from './scratch-db.ts';

/**
 * The session check with and without the in-memory cache (issue 12.2): two instances on one
 * scratch PostgreSQL database, one with SESSION_CACHE_SECONDS=0 (the baseline: every request
 * reads the session and account rows), one with the default 5 s. Each serves GET
 * /api/auth/session for one signed-in citizen; the ratio is the cached instance's req/s to the
 * uncached one's, measured in the same run.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:sessions
 */
export async function sessionCacheBench(seconds = 8) {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('\nsession cache: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
    return;
  }
  const scratch = await scratchDatabase(url);
  const masterSecret = randomBytes(32);
  const open = async (cacheSeconds: string, seed: boolean) => {
    const config = loadConfig({
      EMBEDDED_SMTP_PORT: '0',
      LOG_LEVEL: 'silent',
      SESSION_CACHE_SECONDS: cacheSeconds,
    });
    const runtime = await createRuntime({
      config,
      log: pino({ level: 'silent' }),
      database: { driver: 'postgres', url: scratch.url, poolSize: 10 },
      seed: { adminUnits: seed, demo: seed, directories: false },
      masterSecret,
      workers: false,
    });
    const app = await buildApp(runtime);
    await app.listen({ port: 0, host: '127.0.0.1' });
    return { runtime, app, port: (app.server.address() as AddressInfo).port };
  };
  const off = await open('0', true);
  const on = await open('5', false);
  try {
    const account = await off.runtime.database.executeSql(
      "select id from accounts where bhxh_code = '0123456789'",
    );
    const s = await off.runtime.services.sessions.create({
      accountId: String(account.rows[0]!.id),
      kind: 'citizen',
      stage: 'full',
    });
    const headers = { cookie: `vssid_session=${s.token}` };
    const at = (port: number) => `http://127.0.0.1:${port}/api/auth/session`;
    const rows = [
      await load('session check, no cache (baseline)', at(off.port), { seconds, headers }),
      await load('session check, cached 5 s', at(on.port), { seconds, headers }),
    ];
    report('GET /api/auth/session on PostgreSQL (two instances, one database)', rows);
  } finally {
    for (const x of [on, off]) {
      await x.app.close();
      await x.runtime.close();
    }
    await scratch.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await sessionCacheBench(Number(process.env.BENCH_SECONDS ?? 8));
  process.exit(0);
}
