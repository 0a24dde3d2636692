import { useTranslation } from 'react-i18next';
import { Screen } from '../../../lib/components/screen.tsx';
import { Tile } from '../../../lib/components/tile.tsx';
import { TileList } from '../../../lib/components/tile-list.tsx';
import { HOTLINE_TEL, PATHS, SUPPORT_MAILTO } from '../../../lib/paths.ts';

/** "Trợ giúp": guides, and the ways to reach a person. */
export function HelpScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('nav.help')} showLanguage>
      <TileList label={t('tiles.help')}>
        <Tile icon="bookOpen" label={t('screens.userGuide.title')} to={PATHS.userGuide} />
        <Tile icon="question" label={t('screens.faq.title')} to={PATHS.faq} />
        <Tile icon="robot" label={t('screens.chatbot.title')} to={PATHS.chatbot} />
        <Tile icon="phone" label={t('help.hotline')} href={HOTLINE_TEL} />
        <Tile icon="mail" label={t('help.email')} href={SUPPORT_MAILTO} />
        <Tile icon="feedback" label={t('screens.feedback.title')} to={PATHS.feedback} />
      </TileList>
    </Screen>
  );
}
