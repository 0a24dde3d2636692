import type { FormErrors } from '../../lib/form-errors.ts';

/**
 * Where "Quên mật khẩu?" stands, kept in sessionStorage so a reload (or an app update) keeps
 * the step and the countdown. Never the OTP itself.
 */
export const RESET_DRAFT_KEY = 'vssid.password-reset';
export const EMPTY_RESET = {
  step: 'start' as 'start' | 'otp',
  bhxhCode: '',
  email: '',
  requestId: '',
  expiresAt: '',
  resendAfter: '',
};
export type ResetDraft = typeof EMPTY_RESET;

/** OTP_* problems belong to the OTP field, whether or not the server named the field. */
export function otpFieldErrors(errors: FormErrors): FormErrors {
  const general = errors.general;
  if (!general?.code.startsWith('OTP_') || errors.fields.length > 0) return errors;
  return { fields: [{ field: 'otp', code: general.code, message: general.message }] };
}
