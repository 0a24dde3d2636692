import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangePasswordRequest, sessionInfoSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { SESSION_KEY, storeSession } from '../../../lib/session.ts';

/** The route the server engineer exposes for "Đổi mật khẩu" (see the contract in auth.ts). */
export const CHANGE_PASSWORD_PATH = '/api/auth/password';

/**
 * POST "Đổi mật khẩu" { currentPassword, newPassword }. Other sessions end on the server. If
 * the answer is the new SessionInfo it is stored; otherwise the session is fetched again, so
 * mustChangePassword (and a rotated CSRF token) are current before the next screen opens.
 */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) =>
      apiFetch<unknown>(CHANGE_PASSWORD_PATH, { method: 'POST', body }),
    onSuccess: async (data) => {
      const info = sessionInfoSchema.safeParse(data);
      if (info.success) storeSession(client, info.data);
      else await client.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
}
