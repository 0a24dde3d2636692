import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import pg from 'pg';

/**
 * Benchmark databases cloned from a cached template: seeding a million rows takes minutes, copying
 * a database (CREATE DATABASE … TEMPLATE) takes seconds. The template's name carries a hash of
 * everything that shapes its rows (migrations, seed code, key functions, sizes), so a change to
 * any of them builds a new one instead of benchmarking stale data. Database names start with
 * BENCH_DB_PREFIX (default `vssid_bench`), so people sharing a server can keep theirs apart.
 */
const prefix = process.env.BENCH_DB_PREFIX ?? 'vssid_bench';

/** All files under `paths` (directories walked), sorted, for a stable hash. */
function filesOf(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e));
    else out.push(p);
  };
  for (const p of paths) walk(p);
  return out.sort();
}

/**
 * sha256 (12 hex digits) of the files under `paths` (relative to `root`: their names, as relative
 * paths, and contents) and of `extra`. The same checkout content gives the same hash anywhere.
 */
export function contentHash(root: string, paths: string[], extra: string): string {
  const h = createHash('sha256');
  for (const f of filesOf(paths.map((p) => join(root, p))))
    h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.update(extra).digest('hex').slice(0, 12);
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const withName = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/**
 * A fresh copy of the template `<prefix>_tpl_<key>`, built first when missing (into a `_building`
 * database renamed once complete, so an interrupted build is never used). When it is missing but
 * one of `forward.from` exists (the same rows under fewer migrations: the keys of older
 * templates, nearest first), the new template is that one copied and brought forward by
 * `forward.migrate(url)` — as a deployed database is — instead of seeded again; otherwise
 * `build(url)` seeds it from nothing. `builtSeconds` is set when this call built it, and `from` is
 * the template it was brought forward from.
 */
export async function clonedDatabase(
  url: string,
  key: string,
  build: (url: string) => Promise<void>,
  forward?: { from: string[]; migrate: (url: string) => Promise<void> },
): Promise<{
  url: string;
  drop: () => Promise<void>;
  template: string;
  builtSeconds?: number;
  from?: string;
}> {
  const template = `${prefix}_tpl_${key}`;
  const existing = await admin(url, async (c) => {
    const r = await c.query('select datname from pg_database');
    return new Set(r.rows.map((x: { datname: string }) => x.datname));
  });
  let builtSeconds: number | undefined;
  let from: string | undefined;
  if (!existing.has(template)) {
    const building = `${template}_building`;
    from = forward?.from.map((k) => `${prefix}_tpl_${k}`).find((t) => existing.has(t));
    await admin(url, async (c) => {
      await c.query(`drop database if exists ${building} with (force)`);
      await c.query(`create database ${building}${from ? ` template ${from}` : ''}`);
    });
    const started = Date.now();
    if (from && forward) await forward.migrate(withName(url, building));
    else await build(withName(url, building));
    // Statistics and visibility map in the template, so clones plan and scan like a settled table.
    await admin(withName(url, building), (c) => c.query('vacuum analyze'));
    builtSeconds = (Date.now() - started) / 1000;
    await admin(url, (c) => c.query(`alter database ${building} rename to ${template}`));
  }
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await admin(url, (c) => c.query(`create database ${name} template ${template}`));
  return {
    url: withName(url, name),
    template,
    ...(builtSeconds !== undefined ? { builtSeconds } : {}),
    ...(from !== undefined ? { from } : {}),
    drop: async () => {
      await admin(url, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
