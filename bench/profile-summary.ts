/**
 * Where the time of GET /api/me/summary goes (issue 12, docs/PERFORMANCE.md): the app on a scratch
 * PostgreSQL database with BENCH_CITIZENS generated people, loaded by autocannon in a separate
 * process so that only the server is in the profile. Run it under the V8 profiler:
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test BENCH_PROFILE=/tmp/summary.cpuprofile \
 *     node --import tsx bench/profile-summary.ts
 *   node --import tsx bench/cpuprofile-top.ts /tmp/summary.cpuprofile
 */
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { createRuntime } from '../apps/server/src/runtime.ts';
import { BENCH_MASTER_SECRET, bigDatabase } from './big-db.ts';
import { startProfile } from './inspector-profile.ts';
import { benchCitizenSession } from './records.bench.ts';

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!url) throw new Error('Set BENCH_DATABASE_URL (a PostgreSQL server) for this profile.');
const citizens = Number(process.env.BENCH_CITIZENS ?? 20_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const path = process.env.BENCH_PATH ?? '/api/me/summary';

// A copy of the cached template with that many citizens (built on the first run: bench/big-db.ts).
const db = await bigDatabase(url, { citizens, prefix: process.env.BENCH_DB_PREFIX });
const runtime = await createRuntime({
  config: loadConfig({ EMBEDDED_SMTP_PORT: '0', LOG_LEVEL: 'silent' }),
  log: pino({ level: 'silent' }),
  database: { driver: 'postgres', url: db.url, poolSize: 10 },
  seed: { adminUnits: true, demo: true },
  masterSecret: BENCH_MASTER_SECRET,
});
const app = await buildApp(runtime);
try {
  const s = await benchCitizenSession(runtime, citizens);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const profiler = await startProfile();
  const { stdout } = await promisify(execFile)(
    'npx',
    [
      'autocannon',
      '--json',
      '-c',
      '50',
      '-d',
      String(seconds),
      '-H',
      `cookie=vssid_session=${s.token}`,
      `${base}${path}`,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  await profiler.stop();
  const r = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
  };
  console.log(
    `${path}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx} (N = ${citizens}, 50 connections, ${seconds} s)`,
  );
} finally {
  await app.close();
  await runtime.close();
  await db.drop();
}
