const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);

const CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'connect ECONNREFUSED',
  'PGlite is closed',
];

/**
 * True when the error means "the database cannot be reached right now" rather than a bug:
 * those become a 503 the client can retry, and the process stays up.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const anyE = e as { code?: unknown; message?: unknown; cause?: unknown };
    const code = typeof anyE.code === 'string' ? anyE.code : '';
    if (CONNECTION_CODES.has(code) || code.startsWith('08')) return true;
    const msg = typeof anyE.message === 'string' ? anyE.message : '';
    if (CONNECTION_MESSAGES.some((m) => msg.includes(m))) return true;
    e = anyE.cause;
  }
  return false;
}
