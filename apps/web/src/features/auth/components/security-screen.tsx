import { useTranslation } from 'react-i18next';
import { Screen } from '../../../lib/components/screen.tsx';
import { PATHS } from '../../../lib/paths.ts';
import { PasskeySection } from './passkey-section.tsx';
import { SessionsSection } from './sessions-section.tsx';

/** "Bảo mật & đăng nhập" in QL cá nhân: passkeys and the devices signed in. */
export function SecurityScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('security.title')} backTo={PATHS.personal}>
      <div className="stack stack--loose">
        <PasskeySection />
        <SessionsSection />
      </div>
    </Screen>
  );
}
