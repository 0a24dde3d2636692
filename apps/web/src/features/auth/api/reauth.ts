import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api.ts';

/**
 * POST /api/auth/reauth { password } — "Nhập lại mật khẩu" before a sensitive action (adding or
 * removing a passkey): the same session, signed in afresh for 5 minutes. 204; 400 at `password`
 * (PASSWORD_CURRENT_WRONG); 423 while a lock lasts.
 */
export function useReauthenticate() {
  return useMutation({
    mutationFn: (password: string) =>
      apiFetch<unknown>('/api/auth/reauth', { method: 'POST', body: { password } }),
  });
}
