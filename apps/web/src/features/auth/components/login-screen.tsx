import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../../lib/components/language-switch.tsx';
import { Logo } from '../../../lib/components/logo.tsx';
import { Screen } from '../../../lib/components/screen.tsx';
import { PATHS } from '../../../lib/paths.ts';
import { LoginForm } from './login-form.tsx';

/** "Đăng nhập", laid out like the app people know: logo, two fields, then the other ways in. */
export function LoginScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('login.title')} backTo={PATHS.personal}>
      <div className="login-hero">
        <Logo size={88} />
        <p className="login-hero__name">VssID</p>
        <p className="login-hero__tagline">{t('login.welcome')}</p>
        <LanguageSwitch />
      </div>
      <LoginForm />
      <p className="login-register">
        {t('login.noAccount')} <Link to={PATHS.register}>{t('login.register')}</Link>
      </p>
    </Screen>
  );
}
