import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../lib/components/button.tsx';
import { Icon } from '../lib/components/icon.tsx';
import { Screen } from '../lib/components/screen.tsx';
import { PATHS } from '../lib/paths.ts';
import { hasStoredCard } from './offline.ts';

interface OfflineUnavailableProps {
  backTo: string;
  onRetry: () => void;
  retrying?: boolean;
}

/**
 * A screen that only shows what the BHXH system holds, opened without a connection: not an
 * error, and nothing was typed to keep. Say so, and point to what does work offline: the BHYT
 * card kept on this device (or how to get it kept).
 */
export function OfflineUnavailable({ backTo, onRetry, retrying = false }: OfflineUnavailableProps) {
  const { t } = useTranslation();
  const card = hasStoredCard();
  return (
    <Screen title={t('offlineScreen.title')} backTo={backTo}>
      <section className="coming-soon" id="offline-unavailable">
        <span className="coming-soon__icon">
          <Icon name="offline" size={40} />
        </span>
        <h2>{t('offlineScreen.heading')}</h2>
        <p>{t('offlineScreen.text')}</p>
        <p>{t(card ? 'offlineScreen.cardKept' : 'offlineScreen.cardNotKept')}</p>
        {card && (
          <Link to={PATHS.bhytCard} className="button button--primary" id="offline-open-card">
            {t('offlineScreen.openCard')}
          </Link>
        )}
        <Button variant="secondary" onClick={onRetry} pending={retrying}>
          {t('common.retry')}
        </Button>
      </section>
    </Screen>
  );
}
