import { useTranslation } from 'react-i18next';
import { useStaffSession } from '../backoffice/api/staff-session.ts';
import { PortalContext } from '../backoffice/components/portal-context.ts';
import { SecondFactorForm } from '../backoffice/components/second-factor-form.tsx';
import { StaffLoginForm } from '../backoffice/components/staff-login-form.tsx';
import { registerBackofficeStrings } from '../backoffice/i18n/register.ts';
import { OrgShell } from './components/org-shell.tsx';
import { registerOrganizationStrings } from './i18n/register.ts';
import '../backoffice/backoffice.css';
import '../backoffice/backoffice-auth.css';
import '../backoffice/backoffice-table.css';
import '../backoffice/backoffice-phone.css';
import './organization.css';

// The sign-in steps are the back office's own (same staff session, same strings).
registerBackofficeStrings();
registerOrganizationStrings();

/**
 * /to-chuc: the organization portal (issue 13), its own lazily loaded chunk. Signs in like the
 * back office — password, then TOTP or a passkey — then shows the organization's drive.
 */
export function OrganizationApp() {
  const { t } = useTranslation('organization');
  const session = useStaffSession();
  const portal = { name: t('app.title'), signInLead: t('signInLead') };
  let body: React.ReactNode;
  if (session.isPending)
    body = (
      <div className="page-loading" role="status">
        <span className="spinner spinner--large" aria-hidden="true" />
        <span>{t('loading')}</span>
      </div>
    );
  else if (!session.data) body = <StaffLoginForm />;
  else if (session.data.stage === 'partial') body = <SecondFactorForm session={session.data} />;
  else body = <OrgShell session={session.data} />;
  return <PortalContext.Provider value={portal}>{body}</PortalContext.Provider>;
}
