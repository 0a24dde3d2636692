import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Screen } from '../../../lib/components/screen.tsx';
import { PATHS } from '../../../lib/paths.ts';
import { useSessionDraft } from '../../../lib/use-session-draft.ts';
import { carriedCode, EMPTY_RESET, RESET_DRAFT_KEY, withCarriedCode } from '../reset-draft.ts';
import { ResetDone } from './reset-done.tsx';
import { ResetOtpForm } from './reset-otp-form.tsx';
import { ResetStartForm } from './reset-start-form.tsx';

/** "Quên mật khẩu?": code + registered email → OTP from the mail → a new password by email. */
export function ForgotPasswordScreen() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [stored, update, clear] = useSessionDraft(RESET_DRAFT_KEY, EMPTY_RESET);
  // The code typed on "Đăng nhập" a moment ago fills the form from the first frame…
  const [carried, setCarried] = useState(() => carriedCode(location.state));
  const draft = withCarriedCode(stored, carried);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for what "Đăng nhập" handed over
  useEffect(() => {
    if (!carried) return;
    // …is then kept in the draft like anything typed here, and leaves the history state, so a
    // reload after editing it here does not bring the old one back.
    if (draft !== stored) update({ bhxhCode: draft.bhxhCode });
    setCarried('');
    void navigate('.', { replace: true, state: null });
  }, []);
  const [done, setDone] = useState(false);
  const onDone = () => {
    clear();
    setDone(true);
  };
  return (
    <Screen title={t('forgotPassword.title')} backTo={PATHS.login}>
      {done ? (
        <ResetDone />
      ) : draft.step === 'otp' && draft.requestId ? (
        <ResetOtpForm draft={draft} update={update} onDone={onDone} />
      ) : (
        <>
          <p className="lead">{t('forgotPassword.lead')}</p>
          <ResetStartForm draft={draft} update={update} />
        </>
      )}
    </Screen>
  );
}
