import type { FieldError } from '@vssid/contracts';

/**
 * The one error type services throw. `code` is stable and has a message in the shared
 * catalogue (@vssid/contracts), which the error handler translates per request.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly fields?: Omit<FieldError, 'message'>[],
    readonly headers?: Record<string, string>,
    /**
     * Extra top-level members of the error body, e.g. `lockedUntil` on 423 ACCOUNT_LOCKED, `line`
     * on 422 IMPORT_FILE_MALFORMED.
     */
    readonly details?: { lockedUntil?: string; line?: number },
  ) {
    super(code);
    this.name = 'AppError';
  }

  static notFound(): AppError {
    return new AppError('NOT_FOUND', 404);
  }

  static dbUnavailable(): AppError {
    return new AppError('DB_UNAVAILABLE', 503, undefined, { 'retry-after': '5' });
  }
}
