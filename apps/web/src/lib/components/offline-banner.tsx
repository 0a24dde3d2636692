import { useTranslation } from 'react-i18next';
import { useOnline } from '../use-online.ts';
import { Icon } from './icon.tsx';

export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  // The unstyled live region stays mounted so going offline is announced, not just drawn.
  return (
    <div role="status">
      {!online && (
        <p className="offline-banner">
          <Icon name="offline" />
          <span>{t('offline')}</span>
        </p>
      )}
    </div>
  );
}
