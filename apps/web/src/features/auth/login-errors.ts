import type { TFunction } from 'i18next';
import type { Lang } from '../../i18n/index.ts';
import { ApiRequestError } from '../../lib/api.ts';
import { errorsFromApi, type FormErrors } from '../../lib/form-errors.ts';

/** What a failed sign-in shows: the lock panel (423) or form errors (401, 429, 400, …). */
export type LoginFailure =
  | { locked: true; until: string | undefined; code: string }
  | { locked: false; errors: FormErrors };

export function loginFailure(error: unknown, lang: Lang, t: TFunction): LoginFailure {
  // ACCOUNT_LOCKED waits until a time; ACCOUNT_LOCKED_RESET_REQUIRED only a new password ends it.
  if (error instanceof ApiRequestError && error.code.startsWith('ACCOUNT_LOCKED')) {
    // The server's ApiError carries lockedUntil (ISO 8601) with ACCOUNT_LOCKED.
    const until =
      typeof error.detail.lockedUntil === 'string' ? error.detail.lockedUntil : undefined;
    return { locked: true, until, code: error.code };
  }
  if (error instanceof ApiRequestError && error.status === 429 && error.retryAfter) {
    const message = t('login.rateLimited', { seconds: error.retryAfter });
    return { locked: false, errors: { general: { code: 'LOGIN_WAIT', message }, fields: [] } };
  }
  return { locked: false, errors: errorsFromApi(error, lang) };
}
