import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { passkeyListSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { ME_KEY } from '../../../lib/session.ts';
import { deviceName, passkeyAttestation } from '../../../lib/webauthn.ts';

const PASSKEYS_KEY = [ME_KEY, 'passkeys'] as const;

/** GET /api/auth/passkeys — the person's passkeys ("vân tay / khuôn mặt"). */
export function usePasskeys() {
  return useQuery({
    queryKey: PASSKEYS_KEY,
    queryFn: ({ signal }) =>
      apiFetch('/api/auth/passkeys', { signal, parse: (d) => passkeyListSchema.parse(d) }),
  });
}

/**
 * "Cài đặt đăng nhập bằng vân tay": registration-options → the device creates a passkey →
 * POST registration { response, name }. Needs a sign-in within 5 minutes (403 REAUTH_REQUIRED).
 */
export function useRegisterPasskey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const response = await passkeyAttestation('/api/auth/passkeys/registration-options');
      await apiFetch<unknown>('/api/auth/passkeys/registration', {
        method: 'POST',
        body: { response, name: deviceName() },
      });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: PASSKEYS_KEY }),
  });
}

/** "Xóa": DELETE /api/auth/passkeys/:id (also needs a recent sign-in). */
export function useRemovePasskey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<unknown>(`/api/auth/passkeys/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: PASSKEYS_KEY }),
  });
}
