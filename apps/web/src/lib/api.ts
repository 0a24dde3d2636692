import { apiErrorSchema, type FieldError, type Lang, translate } from '@vssid/contracts';
import { currentLang } from '../i18n/index.ts';

/** A failed API call: the server's error body, or a synthesised one (code NETWORK, …). */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** Stable error code from the API (or NETWORK / INTERNAL / … when the body was unusable). */
  readonly code: string;
  readonly fields: FieldError[];
  readonly requestId: string | undefined;

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

export interface ApiFetchOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Validates the success body (e.g. a zod schema's parse); untyped pass-through otherwise. */
  parse?: (data: unknown) => T;
}

// On a weak connection a request can hang for minutes; give up and let the person retry.
const TIMEOUT_MS = 30_000;

// Used when a proxy or the network answers instead of our API (no JSON error body).
const STATUS_CODES: Record<number, string> = {
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
  502: 'NETWORK',
  503: 'DB_UNAVAILABLE',
  504: 'NETWORK',
};

function synthesised(status: number, code: string, lang: Lang): ApiRequestError {
  return new ApiRequestError(status, code, translate(code, lang));
}

function withTimeout(signal: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  return signal && 'any' in AbortSignal ? AbortSignal.any([signal, timeout]) : (signal ?? timeout);
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toError(status: number, data: unknown, lang: Lang): ApiRequestError {
  const parsed = apiErrorSchema.safeParse(data);
  if (!parsed.success) {
    return synthesised(
      status,
      STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST'),
      lang,
    );
  }
  const { code, message, fields, requestId } = parsed.data.error;
  return new ApiRequestError(status, code, message, fields ?? [], requestId);
}

/** The one way the web app talks to the API: JSON in and out, in the person's language. */
export async function apiFetch<T>(path: string, options: ApiFetchOptions<T> = {}): Promise<T> {
  const lang = currentLang();
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': lang };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  let data: unknown;
  try {
    res = await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: withTimeout(options.signal),
    });
    data = await readJson(res);
  } catch (cause) {
    if (options.signal?.aborted) throw cause; // the caller cancelled: not a network problem
    throw synthesised(0, 'NETWORK', lang);
  }
  if (!res.ok) throw toError(res.status, data, lang);
  return options.parse ? options.parse(data) : (data as T);
}
