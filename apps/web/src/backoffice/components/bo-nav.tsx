import type { SessionInfo } from '@vssid/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { Icon } from '../../lib/components/icon.tsx';
import { allowed, BO_NAV } from '../nav-items.ts';

/** Left column on a desktop, a scrollable row on a phone; only the sections this role may use. */
export function BoNav({ role }: { role: SessionInfo['account']['role'] }) {
  const { t } = useTranslation('backoffice');
  const ref = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the row scrolls sideways: keep the current section in view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger on purpose
  useEffect(() => {
    ref.current
      ?.querySelector('[aria-current="page"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);
  return (
    <nav className="bo-nav" aria-label={t('shell.nav')} ref={ref}>
      <ul>
        {BO_NAV.filter((item) => allowed(role, item.roles)).map((item) => (
          <li key={item.path}>
            <NavLink to={item.path} className="bo-nav__item">
              <Icon name={item.icon} />
              <span>{t(item.label)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
