import { useTranslation } from 'react-i18next';
import { Icon } from './icon.tsx';
import { Screen } from './screen.tsx';

interface ComingSoonProps {
  title: string;
  /** One sentence: what this screen will let the person do. */
  description: string;
  backTo: string;
}

/** The shared placeholder for inner screens not built yet: real route, real back arrow. */
export function ComingSoon({ title, description, backTo }: ComingSoonProps) {
  const { t } = useTranslation();
  return (
    <Screen title={title} backTo={backTo}>
      <section className="coming-soon" aria-labelledby="coming-soon-heading">
        <span className="coming-soon__icon">
          <Icon name="clipboardCheck" size={40} />
        </span>
        <h2 id="coming-soon-heading">{t('comingSoon.heading')}</h2>
        <p>{description}</p>
        <p className="muted">{t('comingSoon.lead')}</p>
      </section>
    </Screen>
  );
}
