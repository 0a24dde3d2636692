import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, SessionInfo } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { storeSession } from '../../../lib/session.ts';
import { sessionInfoOf } from '../../../lib/session-info.ts';

/** POST /api/auth/login — "Đăng nhập" with Mã số BHXH + Mật khẩu; 200 SessionInfo. */
export function login(body: LoginRequest): Promise<SessionInfo> {
  return apiFetch('/api/auth/login', { method: 'POST', body, parse: sessionInfoOf });
}

/** Signs in and stores the session (the screens react to it: redirect, forced change). */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({ mutationFn: login, onSuccess: (info) => storeSession(client, info) });
}
