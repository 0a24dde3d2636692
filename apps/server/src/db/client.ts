import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Logger } from 'pino';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The Drizzle handle repositories use; the same API on PGlite and on PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type SqlRows = { rows: Record<string, unknown>[] };

export type DatabaseOptions =
  | { driver: 'pglite'; dir: string | null }
  | { driver: 'postgres'; url: string; poolSize: number };

/** One database connection (embedded or server), with the raw access pg-boss and health need. */
export interface Database {
  readonly driver: 'pglite' | 'postgres';
  readonly db: Db;
  /** Raw SQL. Without values it may hold several statements (returns the last result). */
  executeSql(text: string, values?: unknown[]): Promise<SqlRows>;
  /** Runs `fn` while holding a cluster-wide lock, so several API instances migrate once. */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opens PGlite (a directory, or in memory when dir is null) or a pg pool. */
export async function openDatabase(opts: DatabaseOptions, log?: Logger): Promise<Database> {
  return opts.driver === 'pglite' ? openPglite(opts.dir) : openPostgres(opts, log);
}

async function openPglite(dir: string | null): Promise<Database> {
  if (dir) mkdirSync(dir, { recursive: true });
  // relaxedDurability stays off: every commit is flushed before the query resolves, so a
  // write we answered survives a SIGKILL right after.
  // pg_trgm and fuzzystrmatch: the lookups' search (migrations 0006 and 0008 create them).
  const extensions = { pg_trgm, fuzzystrmatch };
  const client = dir
    ? new PGlite(dir, { relaxedDurability: false, extensions })
    : new PGlite({ extensions });
  await client.waitReady;
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    driver: 'pglite',
    db,
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        const results = await client.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
      }
      const r = await client.query(text, values);
      return { rows: r.rows as Record<string, unknown>[] };
    },
    // One embedded connection is one process: there is nobody else to lock against.
    withAdvisoryLock: (_key, fn) => fn(),
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

async function openPostgres(
  opts: { url: string; poolSize: number },
  log?: Logger,
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolSize,
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
    application_name: 'vssid',
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', (err) => log?.warn({ err: err.message }, 'postgres idle client error'));
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    driver: 'postgres',
    db,
    async executeSql(text, values) {
      const r = await pool.query(text, values as unknown[] | undefined);
      const last = Array.isArray(r) ? r.at(-1) : r;
      return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
    },
    async withAdvisoryLock(key, fn) {
      const c = await pool.connect();
      try {
        await c.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn();
        } finally {
          await c.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        c.release();
      }
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
