import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Button } from '../lib/components/button.tsx';
import { Screen } from '../lib/components/screen.tsx';
import type { NavState } from '../lib/flash.ts';
import { PATHS } from '../lib/paths.ts';
import { useSession } from '../lib/session.ts';
import { HydrateFallback } from './hydrate-fallback.tsx';

/**
 * The personal inner screens: signed-in citizens only. Anyone else signs in first and is
 * brought back here afterwards.
 */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.data) return <Outlet />;
  // Signing out (or an ended session) has already moved the address bar to "Đăng nhập" and this
  // screen is on its way out: do not send the person there again as if they had opened it.
  const leaving = window.location.pathname !== location.pathname;
  if (session.isPending || leaving) return <HydrateFallback />;
  if (session.isError) {
    // Offline or server down: we cannot tell whether the person is signed in; do not guess.
    return (
      <Screen title={t('routeError.title')} backTo={PATHS.personal}>
        <section className="coming-soon">
          <p>{session.error.message}</p>
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
