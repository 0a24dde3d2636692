import type { Logger } from 'pino';
import { isDatabaseUnavailable } from './db-errors.ts';
import { errorForLog } from './log-scrub.ts';

export type ProcessErrorOrigin = 'uncaughtException' | 'unhandledRejection';

/**
 * What the process does with an error nobody handled (docs/ARCHITECTURE.md, "Process errors"):
 * - a lost database connection is expected during an outage (a pg client's 'error' event, a
 *   query a timer started): it is logged and the process keeps serving — requests meanwhile get
 *   503 with Retry-After, and the pool reconnects by itself when the database is back; a restart
 *   would not bring the database back and would drop every request in flight;
 * - anything else is a bug whose damage is unknown: logged as fatal, then `fatal()` drains the
 *   requests in flight and exits 1, for the supervisor to restart a clean process.
 */
export function handleProcessError(
  err: unknown,
  origin: ProcessErrorOrigin,
  log: Logger,
  fatal: () => void,
): 'kept-serving' | 'exiting' {
  if (isDatabaseUnavailable(err)) {
    log.error({ err: errorForLog(err), origin }, 'database connection error outside a request');
    return 'kept-serving';
  }
  log.fatal({ err: errorForLog(err), origin }, 'unhandled error: shutting down');
  fatal();
  return 'exiting';
}
