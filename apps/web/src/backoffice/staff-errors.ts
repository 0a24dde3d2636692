import { lockedDetailSchema } from '@vssid/contracts';
import type { TFunction } from 'i18next';
import type { Lang } from '../i18n/index.ts';
import { ApiRequestError } from '../lib/api.ts';
import { errorsFromApi, type FormErrors } from '../lib/form-errors.ts';
import { formatDateTime } from '../lib/format-date-time.ts';

/** Form errors for a failed staff sign-in step; a password lock says until when. */
export function staffErrors(error: unknown, lang: Lang, t: TFunction<'backoffice'>): FormErrors {
  if (error instanceof ApiRequestError && error.code === 'ACCOUNT_LOCKED') {
    const detail = lockedDetailSchema.safeParse(error.detail);
    if (detail.success) {
      const message = t('signIn.locked', { time: formatDateTime(detail.data.lockedUntil) });
      return { general: { code: 'STAFF_LOCKED', message }, fields: [] };
    }
  }
  return errorsFromApi(error, lang);
}
