import type { SessionInfo } from '@vssid/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { AuditLogPage } from './components/audit-log-page.tsx';
import { BoPage } from './components/bo-page.tsx';
import { BoShell } from './components/bo-shell.tsx';
import { OfficersPage } from './components/officers-page.tsx';
import { DirectoriesRoutes } from './directories/directories-routes.tsx';
import { ImportPage } from './imports/components/import-page.tsx';
import { allowed, BO_HOME, BO_NAV } from './nav-items.ts';
import { RegistrationsRoutes } from './registrations/registrations-routes.tsx';

const [applications, imports, directories, auditLog, officers] = BO_NAV;

/**
 * The back office's pages under /admin (descendant routes of the lazy `/admin/*` route).
 * Add a section here and in nav-items.ts; the registration queue goes under "ho-so/*".
 */
export function BackofficeRoutes({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('backoffice');
  const { role } = session.account;
  const gate = (item: (typeof BO_NAV)[number], page: ReactNode) =>
    allowed(role, item.roles) ? page : <BoPage title={t('shell.forbidden')} />;
  return (
    <Routes>
      <Route element={<BoShell session={session} />}>
        <Route index element={<Navigate to={BO_HOME} replace />} />
        <Route path="ho-so/*" element={gate(applications, <RegistrationsRoutes />)} />
        <Route path="nhap-du-lieu" element={gate(imports, <ImportPage role={role} />)} />
        <Route path="danh-muc/*" element={gate(directories, <DirectoriesRoutes role={role} />)} />
        <Route path="nhat-ky-truy-cap" element={gate(auditLog, <AuditLogPage />)} />
        <Route path="can-bo" element={gate(officers, <OfficersPage />)} />
        <Route path="*" element={<BoPage title={t('shell.notFound')} />} />
      </Route>
    </Routes>
  );
}
