import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import type { DatabaseOptions } from '../apps/server/src/db/client.ts';
import { seedPopulation } from '../apps/server/src/db/seed/population.ts';
import { createRuntime, type Runtime } from '../apps/server/src/runtime.ts';
import { BENCH_MASTER_SECRET, bigDatabase } from './big-db.ts';
import { loadFromChild, startCeiling } from './ceiling.ts';
import { importVsCopy } from './import.bench.ts';
import { type LoadResult, report } from './load.ts';

/**
 * GET /api/me/summary (the screen citizens open most), 50 connections, beside its ceiling measured
 * in the same run on the same database: a bare Fastify route doing one primary-key select through
 * pg with a pool of 10 (bench/ceiling.ts), the app's pool being 10 too. On PostgreSQL the database
 * holds BENCH_CITIZENS generated people (default 1,000,000, the national scale), copied
 * from a cached template (bench/big-db.ts: the first run seeds it and says how long that took);
 * PGlite gets BENCH_CITIZENS_PGLITE (default 20,000) seeded in the run, against /api/health. Both
 * load generators run in a child process. On PostgreSQL also the participation import rate
 * (BENCH_IMPORT_ROWS, default 100,000) beside a plain COPY of the same rows into a table with the
 * same indexes.
 */
/**
 * A signed-in citizen for the read benchmarks: an account for the seeded person in the middle of
 * the population (codes 9000000000 + i), with a full session.
 */
export async function benchCitizenSession(runtime: Runtime, citizens: number) {
  const code = `9${String(Math.floor(citizens / 2)).padStart(9, '0')}`;
  const acc = await runtime.database.executeSql(
    "insert into accounts (kind, role, bhxh_code, email, display_name, password_hash, must_change_password) values ('citizen','citizen',$1,$2,'Bench','x',false) returning id",
    [code, `${code}@bench.local`],
  );
  const session = await runtime.services.sessions.create({
    accountId: acc.rows[0]!.id as string,
    kind: 'citizen',
    stage: 'full',
  });
  return { ...session, code };
}

export async function recordsBench(driver: 'pglite' | 'postgres', seconds: number) {
  const dbUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (driver === 'postgres' && !dbUrl)
    return console.log('\nrecords on PostgreSQL: skipped (set BENCH_DATABASE_URL)');
  const citizens =
    driver === 'postgres'
      ? Number(process.env.BENCH_CITIZENS ?? 1_000_000)
      : Number(process.env.BENCH_CITIZENS_PGLITE ?? 20_000);
  const db =
    driver === 'postgres'
      ? await bigDatabase(dbUrl!, { citizens, prefix: process.env.BENCH_DB_PREFIX })
      : null;
  const database: DatabaseOptions = db
    ? { driver: 'postgres', url: db.url, poolSize: 10 }
    : { driver: 'pglite', dir: null };
  const config = loadConfig({ EMBEDDED_SMTP_PORT: '0', LOG_LEVEL: 'silent' });
  const runtime = await createRuntime({
    config,
    log: pino({ level: 'silent' }),
    database,
    seed: { adminUnits: true, demo: true },
    masterSecret: BENCH_MASTER_SECRET,
  });
  const app = await buildApp(runtime);
  let ceiling: Awaited<ReturnType<typeof startCeiling>> | null = null;
  try {
    const t = Date.now();
    if (db) {
      console.log(
        db.seedSeconds === null
          ? `\nrecords (${driver}): N = ${citizens} citizens from the cached template ${db.template}`
          : `\nrecords (${driver}): seeded N = ${citizens} citizens in ${db.seedSeconds.toFixed(1)} s (template ${db.template}, kept for the next runs)`,
      );
    } else {
      await seedPopulation(runtime.database, { citizens, now: runtime.clock.now() });
      console.log(
        `\nrecords (${driver}): seeded N = ${citizens} citizens in ${((Date.now() - t) / 1000).toFixed(1)} s`,
      );
    }
    const s = await benchCitizenSession(runtime, citizens);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const cookie = { cookie: `vssid_session=${s.token}` };
    const o = { seconds, connections: 50 };
    const rows: LoadResult[] = [];
    if (db) {
      ceiling = await startCeiling(db.url, {
        text: 'select * from insured_persons where bhxh_code = $1',
        values: [s.code],
      });
      rows.push(
        await loadFromChild('ceiling: bare Fastify + pg (pool 10), one PK select', ceiling.url, o),
      );
      await ceiling.close();
      ceiling = null;
    } else {
      rows.push(await loadFromChild('/api/health', `${base}/api/health`, o));
    }
    // The session lookup alone, to show what the summary itself costs on top of it.
    rows.push(
      await loadFromChild('/api/auth/session', `${base}/api/auth/session`, {
        ...o,
        headers: cookie,
      }),
    );
    rows.push(
      await loadFromChild('/api/me/summary', `${base}/api/me/summary`, { ...o, headers: cookie }),
    );
    report(
      `GET /api/me/summary vs ${db ? 'its ceiling (bare Fastify + pg point query)' : '/api/health'} — ${driver}, N = ${citizens}, 50 connections, ${seconds} s each`,
      rows,
    );
    if (!db) return;

    await importVsCopy(runtime, base, db.url);
  } finally {
    await ceiling?.close();
    await app.close();
    await runtime.close();
    await db?.drop();
  }
}
