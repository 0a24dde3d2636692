import { DIRECTORY_KINDS, type DirectoryKind } from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../../../lib/paths.ts';

export const DIRECTORIES_PATH = `${PATHS.admin}/danh-muc`;

/** One link per directory; the current one is marked (navigation, not an ARIA tab widget). */
export function DirectoryTabs({ current }: { current: DirectoryKind }) {
  const { t } = useTranslation('backoffice');
  return (
    <nav className="dir-tabs" aria-label={t('directories.tabs')}>
      {DIRECTORY_KINDS.map((kind) => (
        <Link
          key={kind}
          to={`${DIRECTORIES_PATH}/${kind}`}
          className="dir-tabs__tab"
          aria-current={kind === current ? 'page' : undefined}
        >
          {t(`directories.kinds.${kind}`)}
        </Link>
      ))}
    </nav>
  );
}
