import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SessionInfo, sessionInfoSchema } from '@vssid/contracts';
import { apiFetch } from '../../lib/api.ts';
import { ADMIN_SESSION_KEY, forgetSession } from '../../lib/session.ts';
import { passkeyAssertion } from '../../lib/webauthn.ts';

const parse = (data: unknown) => sessionInfoSchema.parse(data);
const post = (path: string, body?: unknown): Promise<SessionInfo> =>
  apiFetch(path, { method: 'POST', body, parse });

/** Every step's answer is the session as it now stands (partial, then full). */
function useStaffStep<V>(step: (vars: V) => Promise<SessionInfo>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: step,
    onSuccess: (info) => client.setQueryData(ADMIN_SESSION_KEY, info),
  });
}

/** POST /api/admin/auth/login { username, password } → stage 'partial'. */
export const useStaffLogin = () =>
  useStaffStep((body: { username: string; password: string }) =>
    post('/api/admin/auth/login', body),
  );

/** POST /api/admin/auth/totp { code } → stage 'full'. */
export const useTotp = () => useStaffStep((code: string) => post('/api/admin/auth/totp', { code }));

/** "Dùng passkey": passkey-options → the authenticator → POST /api/admin/auth/passkey. */
export const useStaffPasskey = () =>
  useStaffStep(async () => {
    const response = await passkeyAssertion('/api/admin/auth/passkey-options');
    return post('/api/admin/auth/passkey', { response });
  });

/** "Đăng xuất" (also abandons a half-finished sign-in). */
export function useStaffLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<unknown>('/api/admin/auth/logout', { method: 'POST' }),
    onSuccess: () => forgetSession(client, ADMIN_SESSION_KEY),
  });
}
