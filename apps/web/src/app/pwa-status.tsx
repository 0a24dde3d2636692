import { useRegisterSW } from 'virtual:pwa-register/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../lib/components/icon.tsx';

// Registers the service worker from our own bundle (no inline script, CSP-friendly) and says
// once that the app now works offline.
export function PwaStatus() {
  const { t } = useTranslation();
  const {
    offlineReady: [ready, setReady],
  } = useRegisterSW({ immediate: true });

  useEffect(() => {
    if (!ready) return;
    const timer = window.setTimeout(() => setReady(false), 8000);
    return () => window.clearTimeout(timer);
  }, [ready, setReady]);

  return (
    <div role="status">
      {ready && (
        <div className="toast">
          <Icon name="checkCircle" />
          <span>{t('pwaReady')}</span>
          <button type="button" className="toast__close" onClick={() => setReady(false)}>
            {t('common.close')}
          </button>
        </div>
      )}
    </div>
  );
}
