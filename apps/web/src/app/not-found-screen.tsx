import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../lib/components/icon.tsx';
import { Screen } from '../lib/components/screen.tsx';
import { PATHS } from '../lib/paths.ts';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('notFound.title')} backTo={PATHS.home}>
      <section className="coming-soon">
        <span className="coming-soon__icon">
          <Icon name="search" size={40} />
        </span>
        <p>{t('notFound.text')}</p>
        <Link to={PATHS.home} className="button button--primary">
          {t('notFound.home')}
        </Link>
      </section>
    </Screen>
  );
}
