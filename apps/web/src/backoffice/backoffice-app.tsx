import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PATHS } from '../lib/paths.ts';
import { useStaffSession } from './api/staff-session.ts';
import { BackofficeRoutes } from './backoffice-routes.tsx';
import { SecondFactorForm } from './components/second-factor-form.tsx';
import { StaffLoginForm } from './components/staff-login-form.tsx';
import { registerBackofficeStrings } from './i18n/register.ts';
import './backoffice.css';
import './backoffice-auth.css';
import './backoffice-table.css';
import './backoffice-phone.css';

registerBackofficeStrings();

/**
 * /admin: the officers' area, its own lazily loaded chunk. Password, then a second factor,
 * then the shell; an ended session (401 anywhere) brings the sign-in back on the same URL.
 */
export function BackofficeApp() {
  const { t } = useTranslation();
  const session = useStaffSession();
  if (session.isPending) {
    return (
      <div className="page-loading" role="status">
        <span className="spinner spinner--large" aria-hidden="true" />
        <span>{t('common.loading')}</span>
      </div>
    );
  }
  if (!session.data) return <StaffLoginForm />;
  if (session.data.stage === 'partial') return <SecondFactorForm session={session.data} />;
  // An organization's staff signed in here: their portal is /to-chuc (same session).
  if (session.data.account.role === 'org_unit' || session.data.account.role === 'org_faculty')
    return <Navigate to={PATHS.organization} replace />;
  return <BackofficeRoutes session={session.data} />;
}
