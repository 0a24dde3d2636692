import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { seedPopulation } from '../apps/server/src/db/seed/population.ts';
import { createRuntime, type Runtime } from '../apps/server/src/runtime.ts';
import { csvFile, generatedCodesIn } from './participation-csv.ts';
import { scratchDatabase } from './scratch-db.ts';

/**
 * The participation import on PostgreSQL (BENCH_IMPORT_ROWS, default 100,000 rows, all for
 * people of the officer's province) beside a plain COPY FROM STDIN of the same rows into a
 * table with the same indexes, in the same run: prints both rates and the ratio (issue 12.4).
 * `runtime` is an app already running on `dbUrl` with generated people (records.bench.ts).
 */
export async function importVsCopy(runtime: Runtime, base: string, dbUrl: string) {
  const n = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
  const staff = await runtime.database.executeSql(
    "select id from accounts where username = 'hanoi.officer'",
  );
  const ss = await runtime.services.sessions.create({
    accountId: staff.rows[0]!.id as string,
    kind: 'staff',
    stage: 'full',
  });
  // Rows for the people of the officer's own province (Hà Nội): the rest would be refused.
  const codes = await generatedCodesIn(runtime.database, '01');
  // The two steps timed apart: the job's stage turns from 'reading' to 'applying' between them.
  const jobId = randomUUID();
  let applyingAt = 0;
  const watch = setInterval(() => {
    runtime.database
      .executeSql('select stage from import_jobs where id = $1', [jobId])
      .then((r) => {
        if (!applyingAt && r.rows[0]?.stage === 'applying') applyingAt = Date.now();
      })
      .catch(() => {});
  }, 20);
  let t = Date.now();
  const started = t;
  const res = await fetch(`${base}/api/admin/imports/participation`, {
    method: 'POST',
    headers: {
      cookie: `vssid_staff=${ss.token}`,
      'x-csrf-token': ss.csrfToken,
      'content-type': 'text/csv',
      'x-import-id': jobId,
    },
    body: Readable.toWeb(Readable.from(csvFile(n, codes, true))) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const job = (await res.json()) as { added: number };
  const importRate = n / ((Date.now() - t) / 1000);
  clearInterval(watch);
  const done = Date.now();
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  await c.query('create table copy_bench (like participation_periods including all)');
  t = Date.now();
  await pipeline(
    Readable.from(csvFile(n, codes, false)),
    c.query(
      copyFrom(
        'copy copy_bench (bhxh_code, scheme, from_month, to_month, employer_name, employer_code, position, workplace, contribution_type, currency, salary, salary_coefficient, status) from stdin with (format csv)',
      ),
    ),
  );
  const copyRate = n / ((Date.now() - t) / 1000);
  await c.query('drop table copy_bench');
  await c.end();
  console.log(
    `\nparticipation import on PostgreSQL, ${n} rows (added ${job.added}): reading ${((applyingAt - started) / 1000).toFixed(2)} s, applying ${((done - applyingAt) / 1000).toFixed(2)} s`,
  );
  console.table([
    {
      path: 'POST /api/admin/imports/participation',
      'rows/s': Math.round(importRate),
      'ratio vs COPY': (importRate / copyRate).toFixed(3),
    },
    {
      path: 'COPY FROM STDIN (same rows, same indexes)',
      'rows/s': Math.round(copyRate),
      'ratio vs COPY': '1.000',
    },
  ]);
}

/**
 * `npm run bench:import-copy`: the import-vs-COPY measurement alone, on a scratch database with
 * BENCH_CITIZENS generated people (default 20,000). Run it under `node --cpu-prof` to profile.
 */
export async function importCopyBench() {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) return console.log('\nimport vs COPY: skipped (set BENCH_DATABASE_URL)');
  const citizens = Number(process.env.BENCH_CITIZENS ?? 20_000);
  const db = await scratchDatabase(url);
  const runtime = await createRuntime({
    config: loadConfig({ EMBEDDED_SMTP_PORT: '0', LOG_LEVEL: 'silent' }),
    log: pino({ level: 'silent' }),
    database: { driver: 'postgres', url: db.url, poolSize: 20 },
    seed: { adminUnits: true, demo: true },
    masterSecret: randomBytes(32),
  });
  const app = await buildApp(runtime);
  try {
    await seedPopulation(runtime.database, { citizens, now: runtime.clock.now() });
    await app.listen({ port: 0, host: '127.0.0.1' });
    await importVsCopy(
      runtime,
      `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
      db.url,
    );
  } finally {
    await app.close();
    await runtime.close();
    await db.drop();
  }
}
