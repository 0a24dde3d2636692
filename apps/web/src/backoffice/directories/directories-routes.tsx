import { DIRECTORY_KINDS, type DirectoryKind, type SessionInfo } from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { BoPage } from '../components/bo-page.tsx';
import { DirectoryEntryPage, DirectoryNewPage } from './components/directory-entry-page.tsx';
import { DirectoryListPage } from './components/directory-list-page.tsx';
import '../registrations/registrations.css';
import './directories.css';

type Role = SessionInfo['account']['role'];

function useKind(): DirectoryKind | null {
  const { kind } = useParams();
  return DIRECTORY_KINDS.includes(kind as DirectoryKind) ? (kind as DirectoryKind) : null;
}

function ListRoute({ role }: { role: Role }) {
  const kind = useKind();
  const { t } = useTranslation('backoffice');
  if (!kind) return <BoPage title={t('shell.notFound')} />;
  return <DirectoryListPage key={kind} kind={kind} role={role} />;
}

function NewRoute() {
  const kind = useKind();
  const { t } = useTranslation('backoffice');
  if (!kind) return <BoPage title={t('shell.notFound')} />;
  return <DirectoryNewPage kind={kind} />;
}

function EntryRoute() {
  const kind = useKind();
  const { id = '' } = useParams();
  const { t } = useTranslation('backoffice');
  if (!kind) return <BoPage title={t('shell.notFound')} />;
  return <DirectoryEntryPage kind={kind} id={id} />;
}

/** /admin/danh-muc/:kind (list) and /admin/danh-muc/:kind/:id (edit). */
export function DirectoriesRoutes({ role }: { role: Role }) {
  return (
    <Routes>
      <Route index element={<Navigate to="health-facilities" replace />} />
      <Route path=":kind" element={<ListRoute role={role} />} />
      <Route path=":kind/moi" element={<NewRoute />} />
      <Route path=":kind/:id" element={<EntryRoute />} />
    </Routes>
  );
}
