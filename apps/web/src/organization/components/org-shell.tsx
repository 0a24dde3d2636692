import type { SessionInfo } from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { BoHeader } from '../../backoffice/components/bo-header.tsx';
import { PATHS } from '../../lib/paths.ts';
import { useOrgOverview } from '../api/org-api.ts';
import { DeclarationsPage } from './declarations-page.tsx';
import { DrivePage } from './drive-page.tsx';
import { PosterPage } from './poster-page.tsx';
import { LoadError, Loading } from './states.tsx';

/** The signed-in portal: the staff bar, then the organization's drive (the first one). */
export function OrgShell({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('organization');
  const org = session.account.role === 'org_unit' || session.account.role === 'org_faculty';
  // An officer who signed in here is told where to go; nothing is asked for them.
  const overview = useOrgOverview(org);
  let main: React.ReactNode;
  if (!org)
    main = (
      <>
        <p className="org-note">{t('notOrgStaff')}</p>
        <a className="button button--secondary" href={PATHS.admin}>
          {t('toBackOffice')}
        </a>
      </>
    );
  else if (overview.isPending) main = <Loading />;
  else if (overview.isError) main = <LoadError retry={() => overview.refetch()} />;
  else if (overview.data.drives.length === 0) main = <p className="org-note">{t('noDrive')}</p>;
  else {
    const o = overview.data;
    main = (
      <Routes>
        <Route path="dot/:driveId" element={<DrivePage overview={o} />} />
        <Route path="dot/:driveId/ap-phich" element={<PosterPage overview={o} />} />
        <Route path="dot/:driveId/to-khai" element={<DeclarationsPage overview={o} />} />
        <Route path="*" element={<DrivePage overview={o} />} />
      </Routes>
    );
  }
  return (
    <div className="bo org">
      <BoHeader account={session.account} />
      <main className="bo-main org-main" id="main">
        {main}
      </main>
    </div>
  );
}
