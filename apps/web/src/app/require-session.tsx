import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Button } from '../lib/components/button.tsx';
import { Screen } from '../lib/components/screen.tsx';
import type { NavState } from '../lib/flash.ts';
import { PATHS } from '../lib/paths.ts';
import { useSession } from '../lib/session.ts';
import { useOnline } from '../lib/use-online.ts';
import { HydrateFallback } from './hydrate-fallback.tsx';
import { isOfflineFailure } from './offline.ts';
import { OfflineUnavailable } from './offline-unavailable.tsx';

/**
 * The personal inner screens: signed-in citizens only. Anyone else signs in first and is
 * brought back here afterwards.
 */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const online = useOnline();
  if (session.data) return <Outlet />;
  // Signing out (or an ended session) has already moved the address bar to "Đăng nhập" and this
  // screen is on its way out: do not send the person there again as if they had opened it.
  const leaving = window.location.pathname !== location.pathname;
  // Offline, TanStack Query holds a failed check until the connection is back: no spinner forever.
  const paused = session.isPending && session.fetchStatus === 'paused';
  if ((session.isPending && !paused) || leaving) return <HydrateFallback />;
  // Offline or server down: we cannot tell whether the person is signed in; do not guess.
  // No connection is no fault: this screen needs one, the BHYT card does not.
  if (paused || (session.isError && isOfflineFailure(session.error, online))) {
    return (
      <OfflineUnavailable
        backTo={PATHS.personal}
        onRetry={() => void session.refetch()}
        retrying={session.isFetching && !paused}
      />
    );
  }
  if (session.isError) {
    return (
      <Screen title={t('routeError.title')} backTo={PATHS.personal}>
        <section className="coming-soon">
          {/* Not the API's own wording: its 503 speaks of "what you typed", and nothing was. */}
          <p>{t('offlineScreen.serverError')}</p>
          <Button onClick={() => void session.refetch()} pending={session.isFetching}>
            {t('common.retry')}
          </Button>
        </section>
      </Screen>
    );
  }
  const state: NavState = { from: `${location.pathname}${location.search}`, flash: 'signInFirst' };
  return <Navigate to={PATHS.login} replace state={state} />;
}
