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

/** What "Đăng nhập" hands to "Quên mật khẩu?" in the history state: the code, never a password. */
export interface ResetCarry {
  bhxhCode?: string;
}

/** The code typed on "Đăng nhập" a moment ago, from the history state (anything else: none). */
export function carriedCode(state: unknown): string {
  const code = (state as ResetCarry | null)?.bhxhCode;
  return typeof code === 'string' ? code.trim().slice(0, 20) : '';
}

/**
 * "Quên mật khẩu?" opened from "Đăng nhập": the code typed there fills the first step (it is the
 * most recent thing the person typed). A reset already waiting for its OTP is left as it is.
 */
export function withCarriedCode(draft: ResetDraft, code: string): ResetDraft {
  if (!code || draft.step !== 'start' || draft.bhxhCode === code) return draft;
  return { ...draft, bhxhCode: code };
}
