import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sessionListSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { ME_KEY } from '../../../lib/session.ts';

const SESSIONS_KEY = [ME_KEY, 'sessions'] as const;

/** GET /api/auth/sessions — "Thiết bị đang đăng nhập", this one marked `current`. */
export function useSessions() {
  return useQuery({
    queryKey: SESSIONS_KEY,
    queryFn: ({ signal }) =>
      apiFetch('/api/auth/sessions', { signal, parse: (d) => sessionListSchema.parse(d) }),
    staleTime: 0,
  });
}

/** DELETE /api/auth/sessions/:id — signs one other device out. */
export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<unknown>(`/api/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}
