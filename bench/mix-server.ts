import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import type { DatabaseOptions } from '../apps/server/src/db/client.ts';
import { seedPopulation } from '../apps/server/src/db/seed/population.ts';
import { createRuntime } from '../apps/server/src/runtime.ts';
import { BENCH_MASTER_SECRET, bigDatabase } from './big-db.ts';
import { type MixPeople, prepareMixPeople } from './mix-prepare.ts';
import { scratchDatabase } from './scratch-db.ts';

export type MixServerReady = {
  base: string;
  pid: number;
  driver: 'pglite' | 'postgres';
  citizens: number;
  /** Seconds the generated people took to seed; null when a cached template was copied. */
  seedSeconds: number | null;
  poolSize: number | null;
  /** The PostgreSQL database the server uses (its backends' CPU is measured); null on PGlite. */
  databaseUrl: string | null;
  people: MixPeople;
};

/**
 * The server of `npm run bench:mix` when no BENCH_TARGET is given, in its own process (forked by
 * bench/mix.ts) so its RSS and CPU are its own, not the load generator's: the app as production
 * runs it (default pool size, mail workers on, rate limits as configured), with one proxy hop
 * trusted so each virtual client's X-Forwarded-For is its address. PGlite, or a scratch
 * PostgreSQL database when BENCH_DATABASE_URL is set (a copy of bench/big-db.ts's cached template,
 * built on first use); BENCH_CITIZENS generated people.
 */
/**
 * What the PostgreSQL database holds after the run (tables with their indexes and TOAST), so
 * docs/SCALING.md can extrapolate bytes per citizen to 95 million from a measured size.
 */
async function printSizes(
  exec: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>,
  citizens: number,
) {
  const rows = (
    await exec(
      `select c.relname as table, c.reltuples::bigint as rows,
              pg_total_relation_size(c.oid) as bytes
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')
        order by pg_total_relation_size(c.oid) desc limit 12`,
    )
  ).rows;
  const db = Number((await exec('select pg_database_size(current_database()) as b')).rows[0]!.b);
  console.log(
    `\ndatabase after the run: ${(db / 2 ** 20).toFixed(0)} MB for ${citizens.toLocaleString('en')} citizens (${Math.round(db / citizens)} bytes per citizen, all tables and indexes); largest tables:`,
  );
  console.table(
    rows.map((r) => ({
      table: r.table,
      rows: Number(r.rows),
      'MB (with indexes)': Number((Number(r.bytes) / 2 ** 20).toFixed(1)),
      'rows per citizen': Number((Number(r.rows) / citizens).toFixed(2)),
      'bytes per citizen': Math.round(Number(r.bytes) / citizens),
    })),
  );
}

/** A copy of an existing template database (dropped at the end), named wt_mix_bench_…. */
async function copyOf(url: string, template: string) {
  const copy = await scratchDatabase(url, { template, prefix: 'wt_mix_bench' });
  return { ...copy, template, seedSeconds: null };
}

async function main() {
  const dbUrl = process.env.BENCH_DATABASE_URL;
  let citizens = Number(process.env.BENCH_CITIZENS ?? 20_000);
  const users = Number(process.env.BENCH_USERS ?? 2_000);
  // PostgreSQL: a copy of the cached template with N citizens (bench/big-db.ts builds it once),
  // or of the template named by BENCH_TEMPLATE (one another branch's big-db built).
  const template = process.env.BENCH_TEMPLATE;
  const scratch = !dbUrl
    ? null
    : template
      ? await copyOf(dbUrl, template)
      : await bigDatabase(dbUrl, { citizens, prefix: 'wt_mix_bench' });
  const config = loadConfig({
    EMBEDDED_SMTP_PORT: '0',
    LOG_LEVEL: 'silent',
    TRUST_PROXY_HOPS: '1',
  });
  // The production default (DATABASE_POOL_SIZE, 10) unless the run says otherwise.
  const poolSize = scratch ? Number(process.env.DATABASE_POOL_SIZE ?? 10) : null;
  const database: DatabaseOptions = scratch
    ? { driver: 'postgres', url: scratch.url, poolSize: poolSize! }
    : { driver: 'pglite', dir: null };
  const runtime = await createRuntime({
    config,
    log: pino({ level: 'silent' }),
    database,
    seed: { adminUnits: true, demo: true },
    masterSecret: scratch ? BENCH_MASTER_SECRET : randomBytes(32),
  });
  const app = await buildApp(runtime);
  const stop = async () => {
    if (scratch) await printSizes(runtime.database.executeSql.bind(runtime.database), citizens);
    await app.close();
    await runtime.close();
    await scratch?.drop();
    process.exit(0);
  };
  process.on('message', (m) => {
    if (m === 'stop') void stop();
  });
  const t = Date.now();
  if (!scratch) await seedPopulation(runtime.database, { citizens, now: runtime.clock.now() });
  // A named template holds whatever it was built with: count its generated people.
  if (template)
    citizens = Number(
      (
        await runtime.database.executeSql(
          "select count(*)::int as n from insured_persons where bhxh_code like '9%' and length(bhxh_code) = 10",
        )
      ).rows[0]!.n,
    );
  const seedSeconds = scratch ? scratch.seedSeconds : (Date.now() - t) / 1000;
  const people = await prepareMixPeople(
    (sql, params) => runtime.database.executeSql(sql, params),
    users,
    async (accountId) =>
      (await runtime.services.sessions.create({ accountId, kind: 'citizen', stage: 'full' })).token,
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const ready: MixServerReady = {
    base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    pid: process.pid,
    driver: scratch ? 'postgres' : 'pglite',
    citizens,
    seedSeconds,
    poolSize,
    databaseUrl: scratch?.url ?? null,
    people,
  };
  process.send!(ready);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
