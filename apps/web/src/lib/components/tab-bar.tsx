import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { PATHS } from '../paths.ts';
import { Icon } from './icon.tsx';
import type { IconName } from './icon-paths.ts';

const TABS = [
  { to: PATHS.personal, label: 'nav.personal', icon: 'personCard' },
  { to: PATHS.publicServices, label: 'nav.publicServices', icon: 'document' },
  { to: PATHS.lookup, label: 'nav.lookup', icon: 'search' },
  { to: PATHS.help, label: 'nav.help', icon: 'headset' },
] as const satisfies readonly { to: string; label: `nav.${string}`; icon: IconName }[];

/** The four tabs of the citizen app; NavLink sets aria-current="page" on the active one. */
export function TabBar() {
  const { t } = useTranslation();
  return (
    <nav className="tab-bar" aria-label={t('nav.label')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} className="tab-bar__item">
              <Icon name={tab.icon} />
              <span>{t(tab.label)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
