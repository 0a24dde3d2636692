import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import type { DatabaseOptions } from '../apps/server/src/db/client.ts';
import {
  BENCH_DIRECTORY_SIZES,
  type DirectorySizes,
  seedDemoDirectories,
} from '../apps/server/src/db/seed/demo-directories.ts';
import { createRuntime } from '../apps/server/src/runtime.ts';
import { scratchDatabase } from './scratch-db.ts';

/**
 * Employers on PGlite unless BENCH_EMPLOYERS says otherwise: one embedded (WebAssembly) connection
 * writes and indexes a million rows in well over the few minutes a bench run should take, so the
 * default is smaller there and the size used is printed. PostgreSQL gets the 1,000,000.
 */
const PGLITE_EMPLOYERS = 200_000;

type Row = {
  target: string;
  rps: number;
  p50: number;
  p95: number;
  non2xx: number;
};

/** A client address among 16 million (10.x.y.z). */
const randomClient = () =>
  `10.${(Math.random() * 256) | 0}.${(Math.random() * 256) | 0}.${(Math.random() * 256) | 0}`;

/** p-th percentile (nearest rank) of latencies in ms. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Drives `paths` (cycled in order by every connection) for `seconds` with 20 connections. p50 and
 * p95 are computed here from every response time autocannon reports (its own table has p97.5, not
 * p95).
 */
async function drive(target: string, base: string, paths: string[], seconds: number): Promise<Row> {
  const times: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: 20,
        duration: seconds,
        pipelining: 1,
        // Many citizens, not one address: each request comes "through the proxy" from a random
        // client, so the real per-IP limit (and its counter rows) behaves as in production.
        requests: paths.map((path) => ({
          method: 'GET' as const,
          path,
          setupRequest: (req: autocannon.Request) => ({
            ...req,
            headers: { ...req.headers, 'x-forwarded-for': randomClient() },
          }),
        })),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      times.push(ms);
    });
  });
  times.sort((a, b) => a - b);
  return {
    target,
    rps: Math.round(r.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    non2xx: r.non2xx + r.errors,
  };
}

const sizeFromEnv = (name: string, fallback: number) => {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number`);
  return n;
};

/**
 * The five "Tra cứu" directory searches at realistic size (1,000 agencies, 15,000 facilities,
 * 1,000,000 employers, 20,000 collection points; BENCH_AGENCIES, BENCH_FACILITIES,
 * BENCH_EMPLOYERS, BENCH_COLLECTION_POINTS override), each route driven with a mix of what
 * people type (province only, "dong da", a typo, a code, "Gần tôi"), beside /api/health in the
 * same run. The per-IP search limit is lifted for the bench (one client address).
 */
export async function lookupsBench(driver: 'pglite' | 'postgres', seconds: number) {
  const dbUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (driver === 'postgres' && !dbUrl)
    return console.log('\nlookups on PostgreSQL: skipped (set BENCH_DATABASE_URL)');
  const sizes: DirectorySizes = {
    agencies: sizeFromEnv('BENCH_AGENCIES', BENCH_DIRECTORY_SIZES.agencies),
    facilities: sizeFromEnv('BENCH_FACILITIES', BENCH_DIRECTORY_SIZES.facilities),
    employers: sizeFromEnv(
      'BENCH_EMPLOYERS',
      driver === 'pglite' ? PGLITE_EMPLOYERS : BENCH_DIRECTORY_SIZES.employers,
    ),
    collectionPoints: sizeFromEnv(
      'BENCH_COLLECTION_POINTS',
      BENCH_DIRECTORY_SIZES.collectionPoints,
    ),
  };
  const db = driver === 'postgres' ? await scratchDatabase(dbUrl!) : null;
  const database: DatabaseOptions = db
    ? { driver: 'postgres', url: db.url, poolSize: 20 }
    : { driver: 'pglite', dir: null };
  // One proxy hop trusted: the bench's clients arrive with X-Forwarded-For (see drive()).
  const config = loadConfig({
    EMBEDDED_SMTP_PORT: '0',
    LOG_LEVEL: 'silent',
    TRUST_PROXY_HOPS: '1',
  });
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
    const written = await seedDemoDirectories(runtime.database, sizes);
    const note =
      driver === 'pglite' && !process.env.BENCH_EMPLOYERS
        ? ` (PGlite default: ${PGLITE_EMPLOYERS.toLocaleString('en')} employers, not 1,000,000 — set BENCH_EMPLOYERS=1000000 for the full size)`
        : '';
    console.log(
      `\nlookups (${driver}): generated ${written.agencies} agencies, ${written.facilities} facilities, ${written.employers} employers, ${written.collectionPoints} collection points in ${((Date.now() - t) / 1000).toFixed(1)} s${note}`,
    );

    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const one = async (sql: string) =>
      ((await runtime.database.executeSql(sql)).rows[0]?.v as string | undefined) ?? '';
    const taxCode = await one(
      "select tax_code as v from employers where tax_code is not null and unit_code like 'T%' order by unit_code limit 1",
    );
    const pointCode = await one('select code as v from collection_points order by code limit 1');
    const near = 'lat=21.0285&lng=105.8542'; // Hoàn Kiếm, Hà Nội
    const enc = encodeURIComponent;
    const mixes: Record<string, string[]> = {
      agencies: [
        'provinceCode=01',
        'q=dong%20da',
        `q=${enc('bhxh co so hai phonh')}`,
        'q=031',
        near,
      ],
      'sick-leave-facilities': [
        'provinceCode=79',
        'q=dong%20da',
        `q=${enc('bach maii')}`,
        'q=01001',
        near,
      ],
      'bhyt-facilities': [
        'provinceCode=31&initialRegistration=true',
        'q=dong%20da',
        `q=${enc('tram y te phuong hong bangg')}`,
        'q=01001',
        near,
      ],
      employers: [
        'provinceCode=79',
        'q=dong%20da',
        `q=${enc('dai hoc hang hai viet nma')}`,
        `q=${enc(taxCode)}`,
        `q=${enc('cong ty tnhh')}&status=active`,
      ],
      'collection-points': [
        'provinceCode=01',
        'q=dong%20da',
        `q=${enc('buu dien phuong hong bangg')}`,
        `q=${enc(pointCode)}`,
        near,
      ],
    };

    // What each query returns (one request each), so the numbers below can be read.
    const shapes: Record<string, string>[] = [];
    for (const [route, queries] of Object.entries(mixes))
      for (const query of queries) {
        const started = performance.now();
        const res = await fetch(`${base}/api/lookups/${route}?${query}`);
        const ms = performance.now() - started;
        const body = (await res.json()) as {
          total?: number;
          totalCapped?: boolean;
          match?: string;
        };
        shapes.push({
          route,
          query: decodeURIComponent(query),
          status: String(res.status),
          match: body.match ?? '-',
          total: body.totalCapped ? `>${body.total}` : String(body.total ?? '-'),
          'first ms': ms.toFixed(1),
        });
      }
    console.table(shapes);

    await drive('warm-up', base, ['/api/health'], 1);
    const rows: Row[] = [await drive('/api/health', base, ['/api/health'], seconds)];
    for (const [route, queries] of Object.entries(mixes))
      rows.push(
        await drive(
          `/api/lookups/${route} (mix of ${queries.length})`,
          base,
          queries.map((q) => `/api/lookups/${route}?${q}`),
          seconds,
        ),
      );
    const h = rows[0]!;
    console.log(
      `\nGET /api/lookups/* vs /api/health — ${driver}, ${sizes.employers.toLocaleString('en')} employers, ${seconds}s each, 20 connections; p50/p95 computed from every response time`,
    );
    console.table(
      rows.map((r) => ({
        target: r.target,
        'req/s': r.rps,
        'p50 ms': Number(r.p50.toFixed(1)),
        'p95 ms': Number(r.p95.toFixed(1)),
        'errors+non2xx': r.non2xx,
        'req/s ratio vs health': (r.rps / h.rps).toFixed(3),
        'p50 ratio vs health': h.p50 > 0 ? (r.p50 / h.p50).toFixed(1) : 'n/a',
        'p95 ratio vs health': h.p95 > 0 ? (r.p95 / h.p95).toFixed(1) : 'n/a',
      })),
    );
  } finally {
    await app.close();
    await runtime.close();
    await db?.drop();
  }
}
