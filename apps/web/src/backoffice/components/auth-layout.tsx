import { type ReactNode, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../lib/components/language-switch.tsx';
import { Logo } from '../../lib/components/logo.tsx';
import { PortalContext } from './portal-context.ts';

/** The sign-in steps: a blue band with the portal's name, then one centred card. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('backoffice');
  const portal = useContext(PortalContext)?.name ?? t('app.title');
  useEffect(() => {
    document.title = `${title} · ${portal}`;
  }, [title, portal]);
  return (
    <div className="bo-auth">
      <header className="bo-auth__band">
        <Logo size={44} />
        <span className="bo-auth__name">{portal}</span>
        <LanguageSwitch compact />
      </header>
      <main className="bo-auth__card" id="main">
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
