import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import type { DatabaseOptions } from '../apps/server/src/db/client.ts';
import { seedPopulation } from '../apps/server/src/db/seed/population.ts';
import { createRuntime } from '../apps/server/src/runtime.ts';
import { importVsCopy } from './import.bench.ts';
import { type LoadResult, report } from './load.ts';
import { scratchDatabase } from './scratch-db.ts';

async function hit(
  name: string,
  url: string,
  headers: Record<string, string>,
  seconds: number,
): Promise<LoadResult> {
  const r = await autocannon({ url, headers, connections: 20, duration: seconds, pipelining: 1 });
  return {
    name,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

/**
 * GET /api/me/summary (the screen citizens open most) beside /api/health in the same run, with
 * BENCH_CITIZENS generated people (default 20,000: seeds in well under a minute on PGlite); on
 * PostgreSQL also the participation import rate (BENCH_IMPORT_ROWS, default 100,000) beside a
 * plain COPY of the same rows into a table with the same indexes.
 */
export async function recordsBench(driver: 'pglite' | 'postgres', seconds: number) {
  const dbUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (driver === 'postgres' && !dbUrl)
    return console.log('\nrecords on PostgreSQL: skipped (set BENCH_DATABASE_URL)');
  const citizens = Number(process.env.BENCH_CITIZENS ?? 20_000);
  const db = driver === 'postgres' ? await scratchDatabase(dbUrl!) : null;
  const database: DatabaseOptions = db
    ? { driver: 'postgres', url: db.url, poolSize: 20 }
    : { driver: 'pglite', dir: null };
  const config = loadConfig({ EMBEDDED_SMTP_PORT: '0', LOG_LEVEL: 'silent' });
  const runtime = await createRuntime({
    config,
    log: pino({ level: 'silent' }),
    database,
    seed: { adminUnits: true, demo: true },
    masterSecret: randomBytes(32),
  });
  const app = await buildApp(runtime);
  try {
    const t = Date.now();
    await seedPopulation(runtime.database, { citizens, now: runtime.clock.now() });
    console.log(
      `\nrecords (${driver}): seeded N = ${citizens} citizens in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
    const code = `9${String(Math.floor(citizens / 2)).padStart(9, '0')}`;
    const acc = await runtime.database.executeSql(
      "insert into accounts (kind, role, bhxh_code, email, display_name, password_hash, must_change_password) values ('citizen','citizen',$1,$2,'Bench','x',false) returning id",
      [code, `${code}@bench.local`],
    );
    const s = await runtime.services.sessions.create({
      accountId: acc.rows[0]!.id as string,
      kind: 'citizen',
      stage: 'full',
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const cookie = { cookie: `vssid_session=${s.token}` };
    const rows = [
      await hit('/api/health', `${base}/api/health`, {}, seconds),
      // The session lookup alone, to show what the summary itself costs on top of sign-in.
      await hit('/api/auth/session', `${base}/api/auth/session`, cookie, seconds),
      await hit('/api/me/summary', `${base}/api/me/summary`, cookie, seconds),
    ];
    report(`GET /api/me/summary vs /api/health — ${driver}, N = ${citizens}`, rows);
    if (!db) return;

    await importVsCopy(runtime, base, db.url);
  } finally {
    await app.close();
    await runtime.close();
    await db?.drop();
  }
}
