import { useTranslation } from 'react-i18next';
import type { IconName } from '../../../lib/components/icon-paths.ts';
import { Screen } from '../../../lib/components/screen.tsx';
import { Tile } from '../../../lib/components/tile.tsx';
import { TileList } from '../../../lib/components/tile-list.tsx';
import { PATHS } from '../../../lib/paths.ts';

const LOOKUPS = [
  { screen: 'lookupBhxhCode', icon: 'idSearch' },
  { screen: 'lookupAgency', icon: 'building' },
  { screen: 'lookupSickLeaveFacility', icon: 'clinic' },
  { screen: 'lookupBhytFacility', icon: 'stethoscope' },
  { screen: 'lookupEmployer', icon: 'briefcase' },
  { screen: 'lookupCollectionPoint', icon: 'mapPin' },
] as const satisfies readonly { screen: keyof typeof PATHS; icon: IconName }[];

/** "Tra cứu": public lookups, no sign-in needed. Long labels, so a list rather than a grid. */
export function LookupScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('nav.lookup')} showLanguage>
      <TileList label={t('tiles.lookup')} layout="list">
        {LOOKUPS.map(({ screen, icon }) => (
          <Tile key={screen} icon={icon} label={t(`screens.${screen}.title`)} to={PATHS[screen]} />
        ))}
      </TileList>
    </Screen>
  );
}
