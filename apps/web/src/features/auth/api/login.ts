import { useMutation } from '@tanstack/react-query';
import type { LoginRequest } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';

/** The response shape is settled with the sign-in issue; nothing reads it yet. */
export type LoginResponse = unknown;

/** POST /api/auth/login — "Đăng nhập" with Mã số BHXH + Mật khẩu. */
export function login(body: LoginRequest): Promise<LoginResponse> {
  return apiFetch<LoginResponse>('/api/auth/login', { method: 'POST', body });
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
