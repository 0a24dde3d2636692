import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '@vssid/contracts';
import { clearPersonal } from './personal-store.ts';

/** TanStack Query keys of the two kinds of session (citizen app, back office). */
export const SESSION_KEY = ['session'] as const;
export const ADMIN_SESSION_KEY = ['admin-session'] as const;
/** Every query under this prefix is the signed-in person's own data, dropped at sign-out. */
export const ME_KEY = 'me';

async function fetchCitizenSession(): Promise<SessionInfo | null> {
  const { fetchSessionInfo } = await import('./session-api.ts');
  const info = await fetchSessionInfo('/api/auth/session');
  // An officer's session is not a citizen sign-in, even in the same browser.
  return info?.account.kind === 'citizen' ? info : null;
}

/** The citizen's session: SessionInfo, null when signed out; fetched once at app start. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchCitizenSession, staleTime: 60_000 });
}

/** After a sign-in (password, passkey, re-authentication): the new session, new CSRF token. */
export function storeSession(client: QueryClient, info: SessionInfo): void {
  client.setQueryData(SESSION_KEY, info);
}

/** After sign-out or an ended session: forget the session and every personal answer. */
export function forgetSession(client: QueryClient, key: readonly string[] = SESSION_KEY): void {
  client.removeQueries({ queryKey: [ME_KEY] });
  // The citizen's offline copies (BHYT card) go too; an officer signing out keeps them.
  if (key === SESSION_KEY) clearPersonal();
  client.setQueryData(key, null);
}
