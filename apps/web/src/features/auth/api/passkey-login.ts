import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { storeSession } from '../../../lib/session.ts';
import { passkeyAssertion } from '../../../lib/webauthn.ts';
import { loadLoginChecks } from '../load-login-checks.ts';

/**
 * "Đăng nhập bằng vân tay / khuôn mặt": POST login-options → the device's passkey prompt →
 * POST /api/auth/passkeys/login { response }; 200 SessionInfo. Works while a password lock lasts.
 */
export async function passkeyLogin(): Promise<SessionInfo> {
  const checks = loadLoginChecks(); // fetched while the device asks for the fingerprint
  checks.catch(() => {}); // awaited below; a failure there is the one reported
  const response = await passkeyAssertion('/api/auth/passkeys/login-options');
  const { parseSessionInfo } = await checks;
  return apiFetch('/api/auth/passkeys/login', {
    method: 'POST',
    body: { response },
    parse: parseSessionInfo,
  });
}

export function usePasskeyLogin() {
  const client = useQueryClient();
  return useMutation({ mutationFn: passkeyLogin, onSuccess: (info) => storeSession(client, info) });
}

/** What the passkey buttons need: start the ceremony, and its state. */
export interface PasskeyAction {
  start: () => void;
  isPending: boolean;
  error: Error | null;
}
