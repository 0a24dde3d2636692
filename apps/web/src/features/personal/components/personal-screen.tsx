import { useTranslation } from 'react-i18next';
import { Screen } from '../../../lib/components/screen.tsx';
import { Tile } from '../../../lib/components/tile.tsx';
import { TileList } from '../../../lib/components/tile-list.tsx';
import { PATHS } from '../../../lib/paths.ts';
import { SignInBanner } from './sign-in-banner.tsx';

/** "QL cá nhân": the person's own records. */
export function PersonalScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('nav.personal')} showLanguage>
      <SignInBanner />
      <TileList label={t('tiles.personal')}>
        <Tile icon="healthCard" label={t('screens.bhytCard.title')} to={PATHS.bhytCard} />
        <Tile icon="history" label={t('screens.participation.title')} to={PATHS.participation} />
        <Tile icon="money" label={t('screens.benefits.title')} to={PATHS.benefits} />
        <Tile icon="medicalBook" label={t('screens.medicalBook.title')} to={PATHS.medicalBook} />
        <Tile icon="key" label={t('screens.changePassword.title')} to={PATHS.changePassword} />
      </TileList>
    </Screen>
  );
}
