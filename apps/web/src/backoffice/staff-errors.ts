import { lockedDetailSchema } from '@vssid/contracts';
import type { TFunction } from 'i18next';
import type { Lang } from '../i18n/index.ts';
import { ApiRequestError } from '../lib/api.ts';
import { errorsFromApi, type FormErrors } from '../lib/form-errors.ts';
import { formatDateTime } from '../lib/format-date-time.ts';

const LOCKS: Record<string, 'signIn.locked' | 'signIn.totpLocked'> = {
  ACCOUNT_LOCKED: 'signIn.locked',
  TOTP_LOCKED: 'signIn.totpLocked',
};

/** Form errors for a failed staff sign-in step; a password or code lock says until when. */
export function staffErrors(error: unknown, lang: Lang, t: TFunction<'backoffice'>): FormErrors {
  const lock = error instanceof ApiRequestError ? LOCKS[error.code] : undefined;
  if (lock && error instanceof ApiRequestError) {
    const detail = lockedDetailSchema.safeParse(error.detail);
    if (detail.success) {
      const message = t(lock, { time: formatDateTime(detail.data.lockedUntil) });
      return { general: { code: 'STAFF_LOCKED', message }, fields: [] };
    }
  }
  return errorsFromApi(error, lang);
}
