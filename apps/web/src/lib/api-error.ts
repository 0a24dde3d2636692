import type { FieldError } from '@vssid/contracts';

/** A failed API call: the server's error body, or a synthesised one (code NETWORK, …). */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** Stable error code from the API (or NETWORK / INTERNAL / … when the body was unusable). */
  readonly code: string;
  readonly fields: FieldError[];
  readonly requestId: string | undefined;
  /** The whole error object, for extra details some codes carry (ACCOUNT_LOCKED: lockedUntil). */
  detail: Record<string, unknown> = {};
  /** Seconds from the Retry-After header (429, 503), when the server sent one. */
  retryAfter: number | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldError[] = [],
    id?: string,
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.requestId = id;
  }
}
