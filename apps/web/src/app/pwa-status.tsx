import { useRegisterSW } from 'virtual:pwa-register/react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppNoticeContext } from '../lib/components/app-notice.tsx';
import { Icon } from '../lib/components/icon.tsx';

/** Set when the service worker has just made the app work offline and nobody was told yet. */
const PENDING = 'vssid.offlineReadyPending';
function pending(): boolean {
  try {
    return localStorage.getItem(PENDING) === '1';
  } catch {
    return false;
  }
}
function setPending(on: boolean): void {
  try {
    if (on) localStorage.setItem(PENDING, '1');
    else localStorage.removeItem(PENDING);
  } catch {
    // storage blocked: the notice is simply not carried to the next visit
  }
}

/**
 * Registers the service worker from our own bundle (no inline script, CSP-friendly) and says
 * once that the app now works offline. The words are drawn by the screen itself, in its flow
 * (AppNotice in Screen), never over it: a floating toast covered "Tìm mã số BHXH" and "Tải về".
 * They stay until closed or until the person moves to another screen, so nothing jumps back
 * up under a finger on a timer.
 *
 * The worker finishes installing seconds after the first screen has painted. Drawn then, the
 * notice pushed that screen down and became its largest paint (Lighthouse's LCP, 5–6 s on a
 * phone, issue 17). So it is never inserted into a screen already shown: it comes with the next
 * screen the person opens, or with the first screen of their next visit (kept in localStorage).
 */
export function PwaStatus({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const {
    offlineReady: [ready, setReady],
  } = useRegisterSW({ immediate: true });
  // The screen the notice is shown on; a notice left from the last visit shows at once.
  const [shownOn, setShownOn] = useState<string | null>(() => (pending() ? pathname : null));
  const lastPath = useRef(pathname);

  useEffect(() => {
    if (!ready) return;
    setReady(false);
    setPending(true);
  }, [ready, setReady]);
  useEffect(() => {
    if (shownOn !== null) setPending(false); // said once
  }, [shownOn]);
  useEffect(() => {
    if (pathname === lastPath.current) return;
    lastPath.current = pathname;
    // Leaving the screen it was on ends it; a notice still to say comes with the new screen.
    setShownOn(pending() ? pathname : null);
  }, [pathname]);

  const notice =
    shownOn === pathname ? (
      <p className="app-notice" id="pwa-ready">
        <Icon name="checkCircle" />
        <span>{t('pwaReady')}</span>
        <button type="button" className="app-notice__close" onClick={() => setShownOn(null)}>
          {t('common.close')}
        </button>
      </p>
    ) : null;
  return <AppNoticeContext value={notice}>{children}</AppNoticeContext>;
}
