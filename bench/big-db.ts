/**
 * A PostgreSQL database holding the migrated app, the demo seed and N generated citizens
 * (seedPopulation), for benchmarks at national scale (issue 12: 1,000,000 citizens).
 *
 * Seeding a million people takes minutes, so the seeded database is kept as a TEMPLATE database
 * on the server, named after N, the directory sizes and a hash of everything that decides its
 * content (the migrations folder and the seed sources, apps/server/src/db/{migrations,seed}): a
 * schema or generator change gives a new name, hence a rebuild. Each run gets its own copy
 * (`CREATE DATABASE … TEMPLATE …`, a file copy: seconds) and drops it afterwards; the template
 * stays for the next run. Builds print how long the seeding took.
 *
 *   const db = await bigDatabase(url, { citizens: 1_000_000, prefix: 'wt_x_bench' });
 *   const runtime = await createRuntime({ …, database: { driver: 'postgres', url: db.url, poolSize: 10 },
 *     seed: { adminUnits: true, demo: true }, masterSecret: BENCH_MASTER_SECRET });
 *   …
 *   await db.drop();
 *
 * Pass BENCH_MASTER_SECRET to createRuntime: the demo staff's TOTP seeds in the template are
 * sealed with keys derived from it. BENCH_REBUILD=1 rebuilds the template even if it exists.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../apps/server/src/config.ts';
import {
  type DirectorySizes,
  seedDemoDirectories,
} from '../apps/server/src/db/seed/demo-directories.ts';
import { seedPopulation } from '../apps/server/src/db/seed/population.ts';
import { createRuntime } from '../apps/server/src/runtime.ts';

/** The master secret the template was seeded with (demo staff TOTP seeds are sealed with it). */
export const BENCH_MASTER_SECRET = Buffer.alloc(32, 0x5b);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['apps/server/src/db/migrations', 'apps/server/src/db/seed'];

export type BigDatabaseOptions = {
  citizens: number;
  /** Prefix of the per-run copy's name (your own database prefix, e.g. 'wt_summary_bench'). */
  prefix?: string;
  /** Directory sizes (seedDemoDirectories) when not the demo's; part of the template's key. */
  directories?: DirectorySizes;
};

export type BigDatabase = {
  /** URL of this run's own copy. */
  url: string;
  template: string;
  /** Seconds the seeding took when this call built the template; null when it was cached. */
  seedSeconds: number | null;
  drop: () => Promise<void>;
};

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : [p];
    });
}

/** A hash of the migrations and the seed sources: what the template's content follows from. */
export function contentHash(directories?: DirectorySizes): string {
  const h = createHash('sha256');
  for (const src of SOURCES)
    for (const f of files(join(root, src))) {
      h.update(relative(root, f));
      h.update(readFileSync(f));
    }
  h.update(JSON.stringify(directories ?? null));
  return h.digest('hex').slice(0, 10);
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const urlOf = (serverUrl: string, name: string) => {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
};

async function build(serverUrl: string, name: string, o: BigDatabaseOptions): Promise<number> {
  const wip = `${name}_wip`;
  await withClient(serverUrl, async (c) => {
    await c.query(`drop database if exists ${wip} with (force)`);
    await c.query(`create database ${wip}`);
    // A bench template, rebuilt when lost: no need to wait for each commit's WAL flush.
    await c.query(`alter database ${wip} set synchronous_commit = off`);
  });
  const t = Date.now();
  console.log(`big-db: building template ${name} (${o.citizens} citizens)…`);
  const runtime = await createRuntime({
    config: loadConfig({ EMBEDDED_SMTP_PORT: '0', LOG_LEVEL: 'silent' }),
    log: pino({ level: 'silent' }),
    database: { driver: 'postgres', url: urlOf(serverUrl, wip), poolSize: 4 },
    seed: { adminUnits: true, demo: true },
    workers: false,
    masterSecret: BENCH_MASTER_SECRET,
  });
  let last = Date.now();
  try {
    if (o.directories) await seedDemoDirectories(runtime.database, o.directories);
    await seedPopulation(runtime.database, {
      citizens: o.citizens,
      now: runtime.clock.now(),
      onProgress: (done) => {
        if (Date.now() - last < 30_000) return;
        last = Date.now();
        console.log(`big-db: ${done} citizens after ${((last - t) / 1000).toFixed(0)} s`);
      },
    });
  } finally {
    await runtime.close();
  }
  const seeded = (Date.now() - t) / 1000;
  await withClient(urlOf(serverUrl, wip), (c) => c.query('vacuum (analyze)'));
  await withClient(serverUrl, (c) => c.query(`alter database ${wip} rename to ${name}`));
  console.log(
    `big-db: seeded ${o.citizens} citizens in ${seeded.toFixed(1)} s (template ready after ${((Date.now() - t) / 1000).toFixed(1)} s with vacuum analyze)`,
  );
  return seeded;
}

/**
 * This run's copy of the template for `o` on the server at `serverUrl` (any database URL of it:
 * only host, port and user are used), building the template first if it is not there.
 */
export async function bigDatabase(serverUrl: string, o: BigDatabaseOptions): Promise<BigDatabase> {
  const dirs = o.directories
    ? `_e${o.directories.employers}f${o.directories.facilities}a${o.directories.agencies}p${o.directories.collectionPoints}`
    : '';
  const template = `vssid_bench_tpl_c${o.citizens}${dirs}_${contentHash(o.directories)}`;
  let seedSeconds: number | null = null;
  // One builder at a time per template (another helper's run may want the same one).
  await withClient(serverUrl, async (c) => {
    await c.query('select pg_advisory_lock(hashtext($1))', [template]);
    try {
      const found = await c.query('select 1 from pg_database where datname = $1', [template]);
      if (found.rows.length > 0 && process.env.BENCH_REBUILD === '1')
        await c.query(`drop database ${template} with (force)`);
      if (found.rows.length === 0 || process.env.BENCH_REBUILD === '1')
        seedSeconds = await build(serverUrl, template, o);
    } finally {
      await c.query('select pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  const name = `${o.prefix ?? 'vssid_bench_run'}_${randomBytes(4).toString('hex')}`;
  const t = Date.now();
  await withClient(serverUrl, (c) =>
    c.query(`create database ${name} template ${template} strategy file_copy`),
  );
  if (seedSeconds === null)
    console.log(
      `big-db: ${template} (cached) copied to ${name} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
  return {
    url: urlOf(serverUrl, name),
    template,
    seedSeconds,
    drop: async () => {
      await withClient(serverUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
