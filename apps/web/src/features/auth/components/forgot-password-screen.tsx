import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../../lib/components/screen.tsx';
import { PATHS } from '../../../lib/paths.ts';
import { useSessionDraft } from '../../../lib/use-session-draft.ts';
import { EMPTY_RESET, RESET_DRAFT_KEY } from '../reset-draft.ts';
import { ResetDone } from './reset-done.tsx';
import { ResetOtpForm } from './reset-otp-form.tsx';
import { ResetStartForm } from './reset-start-form.tsx';

/** "Quên mật khẩu?": code + registered email → OTP from the mail → a new password by email. */
export function ForgotPasswordScreen() {
  const { t } = useTranslation();
  const [draft, update, clear] = useSessionDraft(RESET_DRAFT_KEY, EMPTY_RESET);
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
