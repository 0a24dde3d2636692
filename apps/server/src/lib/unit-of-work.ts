import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import type { Database, Db } from '../db/client.ts';

/**
 * Named points of every unit of work, for tests that crash a change at each step:
 * 'begin' (transaction open, nothing written), the writes of the shared mechanisms
 * ('outbox:<template>', 'audit:<action>', each before its row), 'commit' (everything written,
 * not committed) and 'committed' (committed; mail not yet handed to the queue, as when the
 * process dies right after COMMIT). A hook that throws aborts the unit of work there.
 */
export type FaultHook = (point: string) => void | Promise<void>;

type Frame = { tx: Db; open: boolean; afterCommit: (() => Promise<void>)[] };

/**
 * One unit of work = one database transaction: the state change, its outbox rows and its audit
 * rows commit together or not at all. Repositories are factories over a `Db`; the runtime gives
 * them `database.db` from here, a handle that inside `run` is the open transaction (found through
 * AsyncLocalStorage) and outside it the connection itself. So every repository a service calls
 * inside `run` joins the transaction without being passed one — on PGlite, which has a single
 * connection, a query that went around the transaction would wait for it forever.
 *
 * Work after the commit (queueing mail delivery) is registered with `afterCommit`; it may fail
 * or never run (the process dies): the mail sweeper picks the committed rows up within seconds.
 * Nothing slow belongs inside `run` (argon2, PDFs): on PGlite it would hold every request.
 */
export function unitOfWork(opened: Database, log: Logger) {
  const store = new AsyncLocalStorage<Frame>();
  const root = opened.db;
  let fault: FaultHook | undefined;
  const point = async (name: string) => {
    if (fault) await fault(name);
  };

  const db = new Proxy(root, {
    get(target, prop) {
      const frame = store.getStore();
      const handle = frame?.open ? frame.tx : target;
      const value = Reflect.get(handle, prop, handle);
      return typeof value === 'function' ? value.bind(handle) : value;
    },
  }) as Db;

  /** The same Database with `db` joining the current unit of work (everything else unchanged). */
  const database: Database = Object.create(opened, {
    db: { value: db, enumerable: true },
  });

  function current(): Frame | undefined {
    const frame = store.getStore();
    return frame?.open ? frame : undefined;
  }

  return {
    database,

    /** Runs `fn` in one transaction; inside another unit of work it simply joins it. */
    async run<T>(fn: () => Promise<T>): Promise<T> {
      if (current()) return fn();
      const frame: Frame = { tx: root, open: false, afterCommit: [] };
      let result: T;
      try {
        result = await root.transaction(async (tx) => {
          frame.tx = tx as unknown as Db;
          frame.open = true;
          return store.run(frame, async () => {
            await point('begin');
            const r = await fn();
            await point('commit');
            return r;
          });
        });
      } finally {
        // A promise that outlives the transaction must not reach a finished transaction.
        frame.open = false;
      }
      await point('committed');
      for (const job of frame.afterCommit) {
        await job().catch((err: unknown) =>
          log.warn({ err: (err as Error).message }, 'after-commit work failed'),
        );
      }
      return result;
    },

    /** Work to do once the current unit of work has committed; throws outside one. */
    afterCommit(job: () => Promise<void>): void {
      const frame = current();
      if (!frame) throw new Error('afterCommit outside a unit of work');
      frame.afterCommit.push(job);
    },

    /** True inside `run`. */
    active: () => current() !== undefined,

    /** A named point (see FaultHook); a no-op unless a test installed a hook. */
    point,

    /** Tests only: crash units of work at named points. */
    injectFaults(hook: FaultHook | undefined): void {
      fault = hook;
    },
  };
}
export type UnitOfWork = ReturnType<typeof unitOfWork>;
