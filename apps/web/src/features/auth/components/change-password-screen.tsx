import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Screen } from '../../../lib/components/screen.tsx';
import { SignOutButton } from '../../../lib/components/sign-out-button.tsx';
import type { NavState } from '../../../lib/flash.ts';
import { PATHS } from '../../../lib/paths.ts';
import { useSession } from '../../../lib/session.ts';
import { ChangePasswordForm } from './change-password-form.tsx';

/**
 * "Đổi mật khẩu" from QL cá nhân, and the forced change after signing in with an emailed
 * password: then there is no way back, only this form or "Đăng xuất".
 */
export function ChangePasswordScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const forced = useSession().data?.mustChangePassword === true;
  const onDone = () => {
    const state: NavState = { flash: 'passwordChanged' };
    void navigate(PATHS.personal, { replace: true, state });
  };
  return (
    <Screen title={t('changePassword.title')} backTo={forced ? undefined : PATHS.personal}>
      <p className="lead" id="change-password-lead">
        {forced ? t('changePassword.forcedLead') : t('changePassword.lead')}
      </p>
      <ChangePasswordForm forced={forced} onDone={onDone} />
      {forced && (
        <div className="after-form">
          <SignOutButton label={t('profile.signOut')} />
        </div>
      )}
    </Screen>
  );
}
