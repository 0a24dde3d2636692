import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { NavState } from './flash.ts';
import { PATHS } from './paths.ts';
import { forgetSession } from './session.ts';

/**
 * "Đăng xuất" (this device) or "Đăng xuất khỏi tất cả thiết bị" (everywhere: true).
 * api.ts is imported on use, so the tab screens that show the button stay free of zod.
 */
export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (everywhere: boolean) => {
      const { apiFetch } = await import('./api.ts');
      await apiFetch(everywhere ? '/api/auth/logout-all' : '/api/auth/logout', { method: 'POST' });
    },
    // Leave first, then forget: a personal screen that saw the session vanish would otherwise
    // send the person to "Đăng nhập" a second time, as if they had just opened it.
    onSuccess: async (_data, everywhere) => {
      const state: NavState = { flash: everywhere ? 'signedOutAll' : 'signedOut' };
      await navigate(PATHS.login, { replace: true, state });
      forgetSession(client);
    },
  });
}
