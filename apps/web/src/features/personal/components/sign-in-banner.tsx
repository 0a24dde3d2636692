import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../lib/components/icon.tsx';
import { PATHS } from '../../../lib/paths.ts';

/** Signed out: the personal tab invites the person to sign in first. */
export function SignInBanner() {
  const { t } = useTranslation();
  return (
    <Link to={PATHS.login} className="sign-in-banner">
      <span className="sign-in-banner__icon">
        <Icon name="login" size={28} />
      </span>
      <span className="sign-in-banner__text">
        <strong>{t('signInBanner.text')}</strong>
        <span>{t('signInBanner.hint')}</span>
      </span>
      <Icon name="chevronRight" />
    </Link>
  );
}
