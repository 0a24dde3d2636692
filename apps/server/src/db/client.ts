import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Logger } from 'pino';
import { type ListenHandlers, listenPostgres } from './listener.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The Drizzle handle repositories use; the same API on PGlite and on PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type SqlRows = { rows: Record<string, unknown>[] };

/** copyIn's `after` matched no row: the COPY was rolled back (e.g. an import's lease was lost). */
export class CopyRefused extends Error {
  constructor() {
    super('copy rolled back: the statement after it matched no row');
  }
}

export type DatabaseOptions =
  | { driver: 'pglite'; dir: string | null }
  | { driver: 'postgres'; url: string; poolSize: number };

/** One database connection (embedded or server), with the raw access pg-boss and health need. */
export interface Database {
  readonly driver: 'pglite' | 'postgres';
  readonly db: Db;
  /**
   * Raw SQL. Without values it may hold several statements (returns the last result). `name`
   * (a fixed text per name) makes it a prepared statement on PostgreSQL, parsed and planned once
   * per connection; PGlite ignores it. It goes around an open unit of work: never inside `uow.run`.
   */
  executeSql(text: string, values?: unknown[], name?: string): Promise<SqlRows>;
  /**
   * Bulk load: `data` (COPY text format: tab-separated, `\N` = null, one row a line) into
   * `target` ("table (col, …)") with COPY — FROM STDIN on PostgreSQL, FROM '/dev/blob' on
   * PGlite — then `after` in the same transaction, whose rows are returned (imports: the job's
   * progress, under its lease). When `after` returns no row, both are rolled back: CopyRefused.
   */
  copyIn(
    target: string,
    data: string,
    after: { text: string; values: unknown[] },
  ): Promise<SqlRows>;
  /** Runs `fn` while holding a cluster-wide lock, so several API instances migrate once. */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /**
   * LISTEN on a channel (NOTIFY is delivered at commit, to every instance). PostgreSQL: a
   * dedicated connection that reconnects by itself (db/listener.ts); PGlite: in process.
   */
  listen(channel: string, handlers: ListenHandlers): Promise<{ close(): Promise<void> }>;
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
    copyIn: (target, data, after) =>
      client.transaction(async (tx) => {
        await tx.query(`copy ${target} from '/dev/blob'`, [], { blob: new Blob([data]) });
        const r = await tx.query(after.text, after.values);
        if (r.rows.length === 0) throw new CopyRefused();
        return { rows: r.rows as Record<string, unknown>[] };
      }),
    // One embedded connection is one process: there is nobody else to lock against.
    withAdvisoryLock: (_key, fn) => fn(),
    async listen(channel, handlers) {
      const unlisten = await client.listen(channel, (payload) => handlers.message(payload));
      handlers.state(true);
      return {
        async close() {
          if (!client.closed) await unlisten().catch(() => {});
        },
      };
    },
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
    // A connection whose peer vanished without a FIN/RST (a cut network) is found by TCP
    // keepalive instead of hanging its request until the kernel gives up.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  guardPool(pool, log);
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    driver: 'postgres',
    db,
    async executeSql(text, values, name) {
      const r = name
        ? await pool.query({ name, text, values: values as unknown[] })
        : await pool.query(text, values as unknown[] | undefined);
      const last = Array.isArray(r) ? r.at(-1) : r;
      return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
    },
    async copyIn(target, data, after) {
      const c = await pool.connect();
      let failed: Error | undefined;
      try {
        await c.query('begin');
        await new Promise<void>((resolve, reject) => {
          const stream = c.query(copyFrom(`copy ${target} from stdin`));
          stream.on('error', reject);
          stream.on('finish', resolve);
          stream.end(data);
        });
        const r = await c.query(after.text, after.values);
        if (r.rows.length === 0) throw new CopyRefused();
        await c.query('commit');
        return { rows: r.rows as Record<string, unknown>[] };
      } catch (err) {
        await c.query('rollback').catch(() => {});
        // A connection whose COPY failed half-way is discarded, not handed to the next caller.
        if (!(err instanceof CopyRefused)) failed = err as Error;
        throw err;
      } finally {
        c.release(failed);
      }
    },
    async withAdvisoryLock(key, fn) {
      const c = await pool.connect();
      let lost: Error | undefined;
      try {
        await c.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn();
        } finally {
          await c.query('select pg_advisory_unlock($1)', [key]);
        }
      } catch (err) {
        lost = err as Error;
        throw err;
      } finally {
        // A failed lock connection is discarded, not handed to the next caller.
        c.release(lost);
      }
    },
    async listen(channel, handlers) {
      return listenPostgres(opts.url, channel, handlers, log);
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}

/**
 * A lost connection must neither end the process nor hold a pool slot.
 *
 * pg emits 'error' on a client whose connection dies (pg_terminate_backend, a server restart, the
 * network). The pool listens only while a client is idle: one checked out — inside a transaction,
 * or holding the advisory lock — would have nobody listening, and an unhandled 'error' event ends
 * the process. So every client gets a listener for its whole life.
 *
 * And a dead client that is checked out goes back to the pool (with the error, so the pool
 * discards it) at once: drizzle's transaction() does not release its client when `begin` itself
 * fails, and four such leaks exhausted a pool of four — every later request then waited for a
 * connection forever. Releasing twice throws in pg-pool, so release is made idempotent for
 * whoever calls it next (drizzle's finally, pool.query's own error path).
 */
function guardPool(pool: pg.Pool, log?: Logger): void {
  const checkedOut = new WeakSet<pg.PoolClient>();
  const guard = (client: pg.PoolClient) => {
    const release = client.release;
    let released = false;
    client.release = (err?: Error | boolean) => {
      if (released) return;
      released = true;
      checkedOut.delete(client);
      release(err);
    };
    checkedOut.add(client);
    return client;
  };
  const connect = pool.connect.bind(pool) as (
    cb?: (err: Error | undefined, client?: pg.PoolClient, done?: unknown) => void,
  ) => Promise<pg.PoolClient> | undefined;
  // pool.query checks out through this.connect(callback), drizzle through connect(): both land here.
  pool.connect = ((
    cb?: (err: Error | undefined, client?: pg.PoolClient, done?: unknown) => void,
  ) => {
    if (!cb) return (connect() as Promise<pg.PoolClient>).then(guard);
    connect((err, client) => {
      if (err || !client) return cb(err);
      guard(client);
      cb(undefined, client, client.release);
    });
    return undefined;
  }) as typeof pool.connect;

  pool.on('connect', (client) => {
    client.on('error', (err) => {
      log?.warn({ err: err.message }, 'postgres connection lost');
      // Queries in flight on it have already failed (each becomes a 503); the slot is freed now.
      if (checkedOut.has(client as pg.PoolClient)) (client as pg.PoolClient).release(err);
    });
  });
  // The pool re-emits an idle client's error; already logged by the listener above.
  pool.on('error', () => {});
}
