import pg from 'pg';
import type { Logger } from 'pino';

/** What a LISTEN subscriber is told: each notification, and whether it can hear them at all. */
export type ListenHandlers = {
  message(payload: string): void;
  /**
   * true once LISTEN is in place (again), false when the listening connection is lost: while it is
   * down, notifications are missed, so whoever relies on them must stop trusting what it cached.
   */
  state(listening: boolean): void;
};

/** How often the listening connection proves it is alive (a cut network sends no FIN). */
const HEARTBEAT_MS = 5_000;
const RECONNECT_MAX_MS = 5_000;

/**
 * LISTEN on one channel over a dedicated connection (a pooled one could be handed to a
 * transaction, and pg-pool closes idle clients). A lost connection never ends the process: it is
 * reported through `state(false)` and re-opened with a growing delay (250 ms … 5 s); a heartbeat
 * query every 5 s with a 3 s deadline finds a connection whose peer vanished silently.
 */
export function listenPostgres(
  url: string,
  channel: string,
  handlers: ListenHandlers,
  log?: Logger,
): { close(): Promise<void> } {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  let closed = false;
  let client: pg.Client | null = null;
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delay = 250;
  let up = false;

  const down = (c: pg.Client, err?: Error) => {
    if (client !== c) return; // an old connection's late event
    client = null;
    clearInterval(heartbeat);
    if (up) {
      up = false;
      handlers.state(false);
      log?.warn({ err: err?.message }, 'session listener lost its connection; reconnecting');
    }
    c.removeAllListeners('notification');
    c.on('error', () => {});
    c.end().catch(() => {});
    if (!closed) schedule();
  };

  const schedule = () => {
    retry = setTimeout(() => void connect(), delay);
    retry.unref();
    delay = Math.min(delay * 2, RECONNECT_MAX_MS);
  };

  async function connect(): Promise<void> {
    if (closed) return;
    const c = new pg.Client({
      connectionString: url,
      application_name: 'vssid-listen',
      connectionTimeoutMillis: 3_000,
      query_timeout: 3_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    client = c;
    c.on('error', (err) => down(c, err));
    c.on('end', () => down(c));
    c.on('notification', (n) => {
      if (n.channel === channel) handlers.message(n.payload ?? '');
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch (err) {
      down(c, err as Error);
      return;
    }
    if (closed || client !== c) return;
    delay = 250;
    up = true;
    handlers.state(true);
    heartbeat = setInterval(() => {
      c.query('select 1').catch((err: Error) => down(c, err));
    }, HEARTBEAT_MS);
    heartbeat.unref();
  }

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const c = client;
      client = null;
      if (c) {
        c.removeAllListeners('notification');
        c.on('error', () => {});
        await c.end().catch(() => {});
      }
    },
  };
}
