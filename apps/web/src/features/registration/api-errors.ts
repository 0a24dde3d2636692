import type { Lang } from '@vssid/contracts';
import { errorsFromApi, type FormErrors } from '../../lib/form-errors.ts';

/**
 * errorsFromApi, minus the general message when it only repeats a field's own (OTP_INVALID at
 * "otp"): the summary then lists the field once instead of saying the same thing twice.
 */
export function apiErrors(error: unknown, lang: Lang): FormErrors {
  const errors = errorsFromApi(error, lang);
  const echo = errors.general && errors.fields.some((f) => f.code === errors.general?.code);
  return echo ? { fields: errors.fields } : errors;
}
