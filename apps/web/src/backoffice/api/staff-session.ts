import { useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '@vssid/contracts';
import { ADMIN_SESSION_KEY } from '../../lib/session.ts';
import { fetchSessionInfo } from '../../lib/session-api.ts';

async function fetchStaffSession(): Promise<SessionInfo | null> {
  const info = await fetchSessionInfo('/api/admin/auth/session');
  // A citizen's session in the same browser is no back-office sign-in.
  return info?.account.kind === 'staff' ? info : null;
}

/** GET /api/admin/auth/session: null (signed out), stage 'partial' (second factor due), or full. */
export function useStaffSession() {
  return useQuery({ queryKey: ADMIN_SESSION_KEY, queryFn: fetchStaffSession, staleTime: 60_000 });
}
