import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FlashNotice } from '../../../lib/components/flash-notice.tsx';
import { LanguageSwitch } from '../../../lib/components/language-switch.tsx';
import { Logo } from '../../../lib/components/logo.tsx';
import { Screen } from '../../../lib/components/screen.tsx';
import { PATHS } from '../../../lib/paths.ts';
import { passkeysSupported } from '../../../lib/webauthn.ts';
import { type PasskeyAction, usePasskeyLogin } from '../api/passkey-login.ts';
import { useAfterSignIn } from '../use-after-sign-in.ts';
import { LoginForm } from './login-form.tsx';
import { PasskeyLogin } from './passkey-login.tsx';

/** "Đăng nhập", laid out like the app people know: logo, two fields, then the other ways in. */
export function LoginScreen() {
  const { t } = useTranslation();
  const afterSignIn = useAfterSignIn();
  const mutation = usePasskeyLogin();
  const passkey: PasskeyAction | undefined = passkeysSupported()
    ? {
        start: () => mutation.mutate(undefined, { onSuccess: afterSignIn }),
        isPending: mutation.isPending,
        error: mutation.error,
      }
    : undefined;
  return (
    <Screen title={t('login.title')} backTo={PATHS.personal}>
      <FlashNotice />
      <div className="login-hero">
        <Logo size={88} />
        <p className="login-hero__name">VssID</p>
        <p className="login-hero__tagline">{t('login.welcome')}</p>
        <LanguageSwitch />
      </div>
      <LoginForm passkey={passkey} onSignedIn={afterSignIn} />
      {passkey && <PasskeyLogin passkey={passkey} />}
      <p className="login-register">
        {t('login.noAccount')} <Link to={PATHS.register}>{t('login.register')}</Link>
      </p>
    </Screen>
  );
}
