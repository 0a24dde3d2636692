import type { Db } from './client.ts';

type Prepared<A, R> = { execute(args: A): Promise<R> };

/**
 * A hot query built once (drizzle `.prepare(name)` with `sql.placeholder`s) instead of on every
 * call: building a query with drizzle's builder was a quarter of the CPU of GET /api/me/summary
 * (docs/PERFORMANCE.md). On PostgreSQL the name also makes it a server-side prepared statement,
 * parsed and planned once per connection.
 *
 * `db` is the unit of work's handle (lib/unit-of-work.ts): the pool, or inside `uow.run` the open
 * transaction. A prepared query is bound to the handle it was built on, so one is kept per handle
 * (`session`, read through the same proxy): inside a transaction the query runs in it — on PGlite,
 * which has one connection, a query around the transaction would wait for it forever.
 */
export function preparedQuery<A extends Record<string, unknown>, R>(
  db: Db,
  build: (db: Db) => Prepared<A, R>,
): (args: A) => Promise<R> {
  const byHandle = new WeakMap<object, Prepared<A, R>>();
  return (args) => {
    const handle = (db as unknown as { session: object }).session;
    let q = byHandle.get(handle);
    if (!q) {
      q = build(db);
      byHandle.set(handle, q);
    }
    return q.execute(args);
  };
}
