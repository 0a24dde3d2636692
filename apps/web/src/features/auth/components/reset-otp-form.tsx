import { translate } from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { FormField } from '../../../lib/components/form-field.tsx';
import { Notice } from '../../../lib/components/notice.tsx';
import { errorsFromApi, type FormErrors, fieldError } from '../../../lib/form-errors.ts';
import { useConfirmPasswordReset, useResendPasswordReset } from '../api/password-reset.ts';
import { otpFieldErrors, type ResetDraft } from '../reset-draft.ts';
import { OtpCountdown } from './otp-countdown.tsx';
import { ResendCode } from './resend-code.tsx';

const FIELD_IDS = { otp: 'reset-otp' };

interface ResetOtpFormProps {
  draft: ResetDraft;
  update: (patch: Partial<ResetDraft>) => void;
  onDone: () => void;
}

/** Step 2: the 6-digit code, its countdown, "Gửi lại mã" after 60 s, then "Xác nhận". */
export function ResetOtpForm({ draft, update, onDone }: ResetOtpFormProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const confirm = useConfirmPasswordReset();
  const resend = useResendPasswordReset();
  const [otp, setOtp] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const fail = (error: unknown) => setErrors(otpFieldErrors(errorsFromApi(error, lang)));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    const code = otp.trim();
    if (!/^\d{6}$/.test(code)) {
      const key = code ? 'OTP_FORMAT' : 'OTP_REQUIRED';
      setErrors({ fields: [{ field: 'otp', code: key, message: translate(key, lang) }] });
      return;
    }
    setErrors(null);
    confirm.mutate({ requestId: draft.requestId, otp: code }, { onSuccess: onDone, onError: fail });
  };
  const onResend = () => {
    setErrors(null);
    resend.mutate(draft.requestId, { onSuccess: (started) => update(started), onError: fail });
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-busy={confirm.isPending}>
      {errors && <FormErrorSummary id="reset-otp-summary" errors={errors} fieldIds={FIELD_IDS} />}
      <Notice id="reset-sent">
        {resend.isSuccess ? t('forgotPassword.resent') : t('forgotPassword.sent')}
      </Notice>
      <FormField
        id={FIELD_IDS.otp}
        label={t('forgotPassword.otp')}
        hint={t('forgotPassword.otpHint')}
        required
        error={fieldError(errors, 'otp', lang)}
        describedBy={['reset-otp-countdown']}
        after={<OtpCountdown id="reset-otp-countdown" expiresAt={draft.expiresAt} />}
      >
        {(control) => (
          <input
            {...control}
            className="input input--otp"
            name="otp"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            spellCheck={false}
            value={otp}
            onChange={(e) => setOtp(e.target.value)}
          />
        )}
      </FormField>
      <Button
        type="submit"
        pending={confirm.isPending}
        pendingLabel={t('forgotPassword.confirming')}
      >
        {t('forgotPassword.confirm')}
      </Button>
      <ResendCode resendAfter={draft.resendAfter} pending={resend.isPending} onResend={onResend} />
      <button type="button" className="link-button" onClick={() => update({ step: 'start' })}>
        {t('forgotPassword.restart')}
      </button>
    </form>
  );
}
