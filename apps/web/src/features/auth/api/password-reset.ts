import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type PasswordResetStart, passwordResetStartedSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { forgetSession } from '../../../lib/session.ts';

export type ResetStarted = ReturnType<typeof passwordResetStartedSchema.parse>;
const parse = (data: unknown) => passwordResetStartedSchema.parse(data);

/**
 * "Quên mật khẩu?" step 1: always 202 { requestId, expiresAt, resendAfter }, whether or not
 * the code and email matched an account (the screen never says which).
 */
export function useStartPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetStart) =>
      apiFetch('/api/auth/password-reset/start', { method: 'POST', body, parse }),
  });
}

/** "Gửi lại mã": a new OTP (the attempt count is kept), allowed 60 s after the last one. */
export function useResendPasswordReset() {
  return useMutation({
    mutationFn: (requestId: string) =>
      apiFetch('/api/auth/password-reset/resend', { method: 'POST', body: { requestId }, parse }),
  });
}

/** "Xác nhận": the OTP is right, a new password is emailed and every session ends (here too). */
export function useConfirmPasswordReset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { requestId: string; otp: string }) =>
      apiFetch<unknown>('/api/auth/password-reset/confirm', { method: 'POST', body }),
    onSuccess: () => forgetSession(client),
  });
}
