import { type Lang, translate } from '@vssid/contracts';
import { currentLang } from '../i18n/index.ts';
import { apiAuthHooks } from './api-auth.ts';
import { ApiRequestError, readApiError } from './api-error.ts';

export { ApiRequestError };

export interface ApiFetchOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Validates the success body (e.g. a zod schema's parse); untyped pass-through otherwise. */
  parse?: (data: unknown) => T;
  /** 401 is an answer here ("not signed in"), not a session that just ended. */
  signedOutOk?: boolean;
  /** Extra request headers (e.g. x-draft-token for a registration draft). */
  headers?: Record<string, string>;
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

function toError(res: Response, data: unknown, lang: Lang): ApiRequestError {
  const body = readApiError(data);
  const error = body
    ? new ApiRequestError(res.status, body.code, body.message, body.fields ?? [], body.requestId)
    : synthesised(
        res.status,
        STATUS_CODES[res.status] ?? (res.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST'),
        lang,
      );
  if (body) error.detail = body;
  const retryAfter = Number(res.headers.get('retry-after'));
  if (retryAfter > 0) error.retryAfter = retryAfter;
  return error;
}

/** The one way the web app talks to the API: JSON in and out, in the person's language. */
export async function apiFetch<T>(path: string, options: ApiFetchOptions<T> = {}): Promise<T> {
  const lang = currentLang();
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: 'application/json',
    'Accept-Language': lang,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const csrf = apiAuthHooks().csrfToken();
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  let data: unknown;
  try {
    res = await fetch(path, {
      method,
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
  if (!res.ok) {
    const error = toError(res, data, lang);
    if (error.status === 401 && error.code === 'UNAUTHENTICATED' && !options.signedOutOk) {
      apiAuthHooks().onUnauthenticated();
    }
    throw error;
  }
  return options.parse ? options.parse(data) : (data as T);
}
