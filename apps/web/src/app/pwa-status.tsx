import { useRegisterSW } from 'virtual:pwa-register/react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppNoticeContext } from '../lib/components/app-notice.tsx';
import { Icon } from '../lib/components/icon.tsx';

/**
 * Registers the service worker from our own bundle (no inline script, CSP-friendly) and says
 * once that the app now works offline. The words are drawn by the screen itself, in its flow
 * (AppNotice in Screen), never over it: a floating toast covered "Tìm mã số BHXH" and "Tải về".
 * They stay until closed or until the person moves to another screen, so nothing jumps back
 * up under a finger on a timer.
 */
export function PwaStatus({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const {
    offlineReady: [ready, setReady],
  } = useRegisterSW({ immediate: true });
  const [shownOn, setShownOn] = useState<string | null>(null);

  useEffect(() => {
    if (ready && shownOn === null) setShownOn(pathname);
  }, [ready, shownOn, pathname]);
  useEffect(() => {
    if (shownOn !== null && pathname !== shownOn) setReady(false);
  }, [pathname, shownOn, setReady]);

  const notice = ready ? (
    <p className="app-notice" id="pwa-ready">
      <Icon name="checkCircle" />
      <span>{t('pwaReady')}</span>
      <button type="button" className="app-notice__close" onClick={() => setReady(false)}>
        {t('common.close')}
      </button>
    </p>
  ) : null;
  return <AppNoticeContext value={notice}>{children}</AppNoticeContext>;
}
