import { useMutation } from '@tanstack/react-query';
import { issuesToFieldErrors, submitRequestSchema } from '@vssid/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { FormField } from '../../../lib/components/form-field.tsx';
import { type FormErrors, fieldError } from '../../../lib/form-errors.ts';
import { submitRegistration } from '../api/otp.ts';
import { apiErrors } from '../api-errors.ts';
import type { RegistrationFlow } from '../hooks/use-registration-flow.ts';
import type { OtpTiming } from '../otp-timing.ts';
import type { Submitted } from './agency-step.tsx';
import { OtpTimer } from './otp-timer.tsx';
import { ResendButton } from './resend-button.tsx';

const FIELD_IDS = { otp: 'reg-otp' };
// Errors about the code itself belong at its field, whatever the server put in `fields`.
const AT_FIELD = /^OTP_/;

interface OtpPanelProps {
  flow: RegistrationFlow;
  timing: OtpTiming;
  onResend: () => Promise<void>;
  onDone: (submitted: Submitted) => void;
}

/** The 6-digit code from the mail, its 4-minute countdown, "Gửi lại mã" and "Xác nhận". */
export function OtpPanel({ flow, timing, onResend, onDone }: OtpPanelProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const [otp, setOtp] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const submit = useMutation({
    mutationFn: async (code: string) => submitRegistration(await flow.ensureDraft(), code),
  });
  const resend = useMutation({ mutationFn: onResend });

  // a new code was sent: say where, and start typing it
  useEffect(() => {
    if (timing.expiresAt) heading.current?.focus();
  }, [timing.expiresAt]);

  const fail = (error: unknown) => {
    const e = apiErrors(error, lang);
    if (e.general && AT_FIELD.test(e.general.code) && e.fields.length === 0)
      return setErrors({ fields: [{ field: 'otp', ...e.general }] });
    setErrors(e);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submit.isPending) return;
    const parsed = submitRequestSchema.safeParse({ otp });
    if (!parsed.success)
      return setErrors({ fields: issuesToFieldErrors(parsed.error.issues, lang) });
    setErrors(null);
    submit.mutate(parsed.data.otp, { onSuccess: onDone, onError: fail });
  };

  return (
    <form className="form otp-panel" noValidate onSubmit={onSubmit} aria-labelledby="reg-otp-title">
      <h3 id="reg-otp-title" className="form__subheading" ref={heading} tabIndex={-1}>
        {t('registration.otp.sent', { email: timing.maskedEmail })}
      </h3>
      {errors && <FormErrorSummary id="reg-otp-summary" errors={errors} fieldIds={FIELD_IDS} />}
      <FormField
        id={FIELD_IDS.otp}
        label={t('registration.otp.label')}
        hint={t('registration.otp.hint')}
        required
        error={fieldError(errors, 'otp', lang)}
        describedBy={['reg-otp-timer']}
        after={<OtpTimer id="reg-otp-timer" deadline={timing.expiresAt} />}
      >
        {(control) => (
          <input
            {...control}
            className="input input--otp"
            name="otp"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            pattern="[0-9]*"
            value={otp}
            onChange={(e) => setOtp(e.target.value.replace(/\s/g, ''))}
          />
        )}
      </FormField>
      <Button type="submit" pending={submit.isPending} pendingLabel={t('common.sending')}>
        {t('registration.otp.confirm')}
      </Button>
      <ResendButton
        resendAt={timing.resendAt}
        pending={resend.isPending}
        onClick={() => {
          setErrors(null);
          resend.mutate(undefined, { onError: fail });
        }}
      />
    </form>
  );
}
