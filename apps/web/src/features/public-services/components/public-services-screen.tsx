import { useTranslation } from 'react-i18next';
import { Screen } from '../../../lib/components/screen.tsx';
import { Tile } from '../../../lib/components/tile.tsx';
import { TileList } from '../../../lib/components/tile-list.tsx';
import { PATHS } from '../../../lib/paths.ts';

/** "Dịch vụ công": applications filed online. */
export function PublicServicesScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('nav.publicServices')} showLanguage>
      <TileList label={t('tiles.publicServices')}>
        <Tile icon="userPlus" label={t('screens.register.title')} to={PATHS.register} />
        <Tile icon="globe" label={t('screens.onlineServices.title')} to={PATHS.onlineServices} />
        <Tile
          icon="clipboardCheck"
          label={t('screens.trackApplications.title')}
          to={PATHS.trackApplications}
        />
      </TileList>
    </Screen>
  );
}
