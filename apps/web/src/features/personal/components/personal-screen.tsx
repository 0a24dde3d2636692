import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FlashNotice } from '../../../lib/components/flash-notice.tsx';
import { Screen } from '../../../lib/components/screen.tsx';
import { Tile } from '../../../lib/components/tile.tsx';
import { TileList } from '../../../lib/components/tile-list.tsx';
import { PATHS } from '../../../lib/paths.ts';
import { useSession } from '../../../lib/session.ts';
import { useOnline } from '../../../lib/use-online.ts';
import { storedProfile } from '../stored-profile.ts';
import { ProfileCard } from './profile-card.tsx';
import { SignInBanner } from './sign-in-banner.tsx';

/** "QL cá nhân": the person's own records; who is signed in, or an invitation to sign in. */
export function PersonalScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const online = useOnline();
  // Offline (or the server unreachable) the sign-in cannot be confirmed: the person kept on this
  // device is still who this phone belongs to, so greet them rather than invite a sign-in.
  const unconfirmed = session.isError || (session.isPending && !online);
  const kept = useMemo(() => (unconfirmed ? storedProfile() : undefined), [unconfirmed]);
  return (
    <Screen title={t('nav.personal')} showLanguage>
      <FlashNotice />
      {session.data ? (
        <ProfileCard account={session.data.account} />
      ) : kept ? (
        <ProfileCard account={kept} />
      ) : session.isPending ? (
        <div className="profile-card profile-card--loading" aria-hidden="true" />
      ) : (
        <SignInBanner />
      )}
      <TileList label={t('tiles.personal')}>
        <Tile icon="healthCard" label={t('screens.bhytCard.title')} to={PATHS.bhytCard} />
        <Tile icon="history" label={t('screens.participation.title')} to={PATHS.participation} />
        <Tile icon="money" label={t('screens.benefits.title')} to={PATHS.benefits} />
        <Tile icon="medicalBook" label={t('screens.medicalBook.title')} to={PATHS.medicalBook} />
        <Tile icon="key" label={t('screens.changePassword.title')} to={PATHS.changePassword} />
        <Tile icon="shield" label={t('security.title')} to={PATHS.security} />
      </TileList>
    </Screen>
  );
}
