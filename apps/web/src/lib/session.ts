import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '@vssid/contracts';
import { clearPersonal } from './personal-store.ts';

/** TanStack Query keys of the two kinds of session (citizen app, back office). */
export const SESSION_KEY = ['session'] as const;
export const ADMIN_SESSION_KEY = ['admin-session'] as const;
/** Every query under this prefix is the signed-in person's own data, dropped at sign-out. */
export const ME_KEY = 'me';

const CITIZEN_SESSION = '/api/auth/session';

/**
 * Signed out (204, every first visit) is answered by a plain fetch: neither the API client nor
 * zod is downloaded for it. A session (200) is checked by the schema; anything else (offline,
 * 5xx, 429) goes through the API client once more for its usual errors.
 */
async function fetchCitizenSession(): Promise<SessionInfo | null> {
  const res = await fetch(CITIZEN_SESSION, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  }).catch(() => null);
  if (res?.status === 204) return null;
  const api = await import('./session-api.ts');
  const info =
    res?.status === 200
      ? api.parseSessionInfo(await res.json())
      : await api.fetchSessionInfo(CITIZEN_SESSION);
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
