import type { SessionInfo } from '@vssid/contracts';
import { configureApiAuth } from '../lib/api-auth.ts';
import type { NavState } from '../lib/flash.ts';
import { PATHS } from '../lib/paths.ts';
import { ADMIN_SESSION_KEY, forgetSession, SESSION_KEY } from '../lib/session.ts';
import { queryClient } from './query-client.ts';
import { router } from './router.tsx';

// The organization portal signs in with the same staff session as the back office.
const inBackOffice = () =>
  window.location.pathname.startsWith(PATHS.admin) ||
  window.location.pathname.startsWith(PATHS.organization);
const tokenOf = (key: readonly string[]) =>
  queryClient.getQueryData<SessionInfo | null>(key)?.csrfToken;

/**
 * One session cookie per browser: the back office reads its own session first, the citizen
 * app its own. When a request finds the session ended, the person signs in again and comes
 * back; drafts in sessionStorage stay where they were (no page reload).
 */
export function setUpApiAuth(): void {
  configureApiAuth({
    csrfToken: () =>
      inBackOffice()
        ? (tokenOf(ADMIN_SESSION_KEY) ?? tokenOf(SESSION_KEY))
        : (tokenOf(SESSION_KEY) ?? tokenOf(ADMIN_SESSION_KEY)),
    onUnauthenticated: () => {
      if (inBackOffice()) {
        forgetSession(queryClient, ADMIN_SESSION_KEY); // the back office shows its sign-in
        return;
      }
      // Already known to be signed out (just signed out; a screen still asking): nothing ended.
      if (!queryClient.getQueryData(SESSION_KEY)) return;
      const { pathname, search } = router.state.location;
      if (pathname === PATHS.login) return forgetSession(queryClient);
      const state: NavState = { from: `${pathname}${search}`, flash: 'sessionEnded' };
      // Leave first, then forget (see use-sign-out.ts).
      void router.navigate(PATHS.login, { state }).then(() => forgetSession(queryClient));
    },
  });
}
