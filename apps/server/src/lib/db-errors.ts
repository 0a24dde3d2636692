/** Seconds a client is told to wait (Retry-After) when the database cannot be reached. */
export const DB_RETRY_AFTER_SECONDS = 5;

/** Socket errors of the connection to PostgreSQL (Node's codes). */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs meaning "the database cannot serve this right now", whatever the request was:
 * operator intervention (57P01 admin_shutdown — pg_terminate_backend —, 57P02 crash_shutdown,
 * 57P03 cannot_connect_now, 57P04 database_dropped, 57P05 idle session timeout; 57014 query_canceled
 * is our statement_timeout under overload), and 25006 read_only_sql_transaction (a failover left us
 * on a standby). Whole classes: 08 connection exception, 53 insufficient resources (disk full, out
 * of memory, too many connections).
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '57P04',
  '57P05',
  '57014',
  '25006',
]);
const UNAVAILABLE_CLASSES = ['08', '53'];

/**
 * What pg, pg-pool and PGlite say when the connection is gone, has no code, and is not a bug:
 * "Connection terminated unexpectedly" / "… due to connection timeout", "Client has encountered a
 * connection error and is not queryable", "Client was closed and is not queryable", a pool
 * exhausted by an outage ("timeout exceeded when trying to connect"), a pool or PGlite closed
 * during shutdown.
 */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'Query read timeout',
  'Cannot use a pool after calling end on the pool',
  'PGlite is closed',
];

export type DatabaseErrorKind =
  /** The database is unreachable or refusing work for now: 503 with Retry-After. */
  | 'unavailable'
  /**
   * A value the database refused (SQLSTATE class 22, data exception: a NUL byte, text too long, a
   * bad date or number): the request was wrong, 400.
   */
  | 'data'
  /** A unique key taken between a service's check and its write (23505): 409. */
  | 'conflict'
  /** Another integrity rule (23xxx: foreign key, not null, check): the request was wrong, 400. */
  | 'integrity';

/**
 * Classifies an error from a database call, following `cause` (drizzle wraps the driver's error
 * in "Failed query: …"). Null when it is not a database condition we answer for — a bug, a 500.
 */
export function databaseErrorKind(err: unknown): DatabaseErrorKind | null {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const anyE = e as { code?: unknown; message?: unknown; cause?: unknown };
    const code = typeof anyE.code === 'string' ? anyE.code : '';
    if (SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)) return 'unavailable';
    if (/^[0-9A-Z]{5}$/.test(code)) {
      const cls = code.slice(0, 2);
      if (UNAVAILABLE_CLASSES.includes(cls)) return 'unavailable';
      if (cls === '22') return 'data';
      if (code === '23505') return 'conflict';
      if (cls === '23') return 'integrity';
    }
    const msg = typeof anyE.message === 'string' ? anyE.message : '';
    if (UNAVAILABLE_MESSAGES.some((m) => msg.includes(m))) return 'unavailable';
    e = anyE.cause;
  }
  return null;
}

/**
 * True when the error means "the database cannot be reached right now" rather than a bug:
 * those become a 503 the client can retry, and the process stays up.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  return databaseErrorKind(err) === 'unavailable';
}

/** The SQLSTATE (or socket code) of an error or of its causes, for the log; never its text. */
export function databaseErrorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const anyE = e as { code?: unknown; cause?: unknown };
    if (typeof anyE.code === 'string') return anyE.code;
    e = anyE.cause;
  }
  return undefined;
}
