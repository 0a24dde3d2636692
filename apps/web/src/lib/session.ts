import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '@vssid/contracts';
import { PATHS } from './paths.ts';
import { clearPersonal } from './personal-store.ts';
import { readSessionInfo } from './session-info.ts';

/** TanStack Query keys of the two kinds of session (citizen app, back office). */
export const SESSION_KEY = ['session'] as const;
export const ADMIN_SESSION_KEY = ['admin-session'] as const;
/** Every query under this prefix is the signed-in person's own data, dropped at sign-out. */
export const ME_KEY = 'me';

const CITIZEN_SESSION = '/api/auth/session';

/**
 * Signed out (204, every first visit) and signed in (200) are both answered by a plain fetch,
 * the body checked by a hand-written guard (session-info.ts): neither the API client nor zod is
 * downloaded before the app knows who is there. Anything else (offline, 5xx, 429, a malformed
 * body) goes through the API client once more for its usual errors.
 */
async function fetchCitizenSession(): Promise<SessionInfo | null> {
  const res = await fetch(CITIZEN_SESSION, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  }).catch(() => null);
  if (res?.status === 204) return null;
  let info = res?.status === 200 ? readSessionInfo(await res.json().catch(() => undefined)) : null;
  if (!info) {
    const api = await import('./session-api.ts');
    info = await api.fetchSessionInfo(CITIZEN_SESSION);
  }
  // An officer's session is not a citizen sign-in, even in the same browser.
  return info?.account.kind === 'citizen' ? info : null;
}

export const sessionQuery = {
  queryKey: SESSION_KEY,
  queryFn: fetchCitizenSession,
  staleTime: 60_000,
};

/** The citizen's session: SessionInfo, null when signed out; fetched once at app start. */
export function useSession() {
  return useQuery(sessionQuery);
}

/**
 * From main.tsx, before React starts: the "who is there?" question is on its way while the app's
 * code runs and renders, not after (issue 17: the card screen's first load). The back office
 * asks its own question.
 */
export function startSessionCheck(client: QueryClient): void {
  if (window.location.pathname.startsWith(PATHS.admin)) return;
  void client.prefetchQuery(sessionQuery);
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
