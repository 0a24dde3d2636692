import type { SessionInfo } from '@vssid/contracts';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../lib/components/icon.tsx';
import { LanguageSwitch } from '../../lib/components/language-switch.tsx';
import { Logo } from '../../lib/components/logo.tsx';
import { useStaffLogout } from '../api/staff-auth.ts';
import { PortalContext } from './portal-context.ts';

type Account = SessionInfo['account'] & { agencyName?: string | null };

/** The officer's bar: the portal, who is signed in (name, role, agency) and "Đăng xuất". */
export function BoHeader({ account }: { account: Account }) {
  const { t } = useTranslation('backoffice');
  const logout = useStaffLogout();
  const portal = useContext(PortalContext)?.name ?? t('app.title');
  const details = [t(`roles.${account.role}`), account.agencyName].filter(Boolean).join(' · ');
  return (
    <header className="bo-header">
      <Logo size={40} className="bo-header__logo" />
      <span className="bo-header__title">{portal}</span>
      <div className="bo-header__who" id="bo-officer">
        <strong>{account.displayName}</strong>
        <span>{details}</span>
      </div>
      <LanguageSwitch compact />
      <button
        type="button"
        className="bo-header__sign-out"
        aria-disabled={logout.isPending || undefined}
        onClick={() => !logout.isPending && logout.mutate()}
      >
        <Icon name="logout" />
        <span>{logout.isPending ? t('shell.signingOut') : t('shell.signOut')}</span>
      </button>
    </header>
  );
}
