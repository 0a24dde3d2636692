import { useTranslation } from 'react-i18next';
import { Button } from '../lib/components/button.tsx';
import { Icon } from '../lib/components/icon.tsx';
import { Screen } from '../lib/components/screen.tsx';
import { PATHS } from '../lib/paths.ts';
import { useOnline } from '../lib/use-online.ts';
import { OfflineUnavailable } from './offline-unavailable.tsx';

/**
 * Any render or chunk-loading failure. Offline (typically a screen whose code is not on this
 * device yet) it is no fault: say the screen needs a connection and what works offline.
 * Otherwise say so calmly and offer a reload (often a new version).
 */
export function RouteErrorScreen() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <div className="app-shell">
      {online ? (
        <ReloadScreen text={t('routeError.text')} />
      ) : (
        <OfflineUnavailable backTo={PATHS.home} onRetry={() => window.location.reload()} />
      )}
    </div>
  );
}

function ReloadScreen({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Screen title={t('routeError.title')} backTo={PATHS.home}>
      <section className="coming-soon">
        <span className="coming-soon__icon">
          <Icon name="alert" size={40} />
        </span>
        <p>{text}</p>
        <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
      </section>
    </Screen>
  );
}
