import { useTranslation } from 'react-i18next';
import { Button } from '../lib/components/button.tsx';
import { Icon } from '../lib/components/icon.tsx';
import { Screen } from '../lib/components/screen.tsx';
import { PATHS } from '../lib/paths.ts';

/** Any render or chunk-loading failure: say so calmly and offer a reload (often a new version). */
export function RouteErrorScreen() {
  const { t } = useTranslation();
  return (
    <div className="app-shell">
      <Screen title={t('routeError.title')} backTo={PATHS.home}>
        <section className="coming-soon">
          <span className="coming-soon__icon">
            <Icon name="alert" size={40} />
          </span>
          <p>{t('routeError.text')}</p>
          <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
        </section>
      </Screen>
    </div>
  );
}
