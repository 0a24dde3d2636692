import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { storeSession } from '../../../lib/session.ts';
import { sessionInfoOf } from '../../../lib/session-info.ts';
import { passkeyAssertion } from '../../../lib/webauthn.ts';

/**
 * "Đăng nhập bằng vân tay / khuôn mặt": POST login-options → the device's passkey prompt →
 * POST /api/auth/passkeys/login { response }; 200 SessionInfo. Works while a password lock lasts.
 */
export async function passkeyLogin(): Promise<SessionInfo> {
  const response = await passkeyAssertion('/api/auth/passkeys/login-options');
  return apiFetch('/api/auth/passkeys/login', {
    method: 'POST',
    body: { response },
    parse: sessionInfoOf,
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
