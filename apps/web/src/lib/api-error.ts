import type { ApiError, FieldError } from '@vssid/contracts';

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

type ApiErrorBody = ApiError['error'];
const optional = (v: unknown, type: 'string' | 'number') => v === undefined || typeof v === type;
const isFieldError = (v: unknown): v is FieldError =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as FieldError).field === 'string' &&
  typeof (v as FieldError).code === 'string' &&
  typeof (v as FieldError).message === 'string';

/**
 * The `error` of an API error answer when the body is one (contracts' apiErrorSchema, by the
 * same rules: api-error.test.ts compares the two on random bodies), else null. Hand-written so
 * that every screen's API client stays free of zod (issue 17: the login screen's download).
 */
export function readApiError(data: unknown): ApiErrorBody | null {
  if (typeof data !== 'object' || data === null) return null;
  const error: unknown = (data as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return null;
  const e = error as Record<string, unknown>;
  if (typeof e.code !== 'string' || typeof e.message !== 'string') return null;
  if (!optional(e.lockedUntil, 'string') || !optional(e.requestId, 'string')) return null;
  if (e.line !== undefined && !Number.isSafeInteger(e.line)) return null;
  if (e.fields !== undefined && !(Array.isArray(e.fields) && e.fields.every(isFieldError))) {
    return null;
  }
  return e as ApiErrorBody;
}
