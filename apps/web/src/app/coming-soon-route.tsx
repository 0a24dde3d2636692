import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../lib/components/coming-soon.tsx';
import type { ComingSoonKey } from './coming-soon-routes.ts';

export function ComingSoonRoute({ screen, backTo }: { screen: ComingSoonKey; backTo: string }) {
  const { t } = useTranslation();
  return (
    <ComingSoon
      title={t(`screens.${screen}.title`)}
      description={t(`screens.${screen}.description`)}
      backTo={backTo}
    />
  );
}
