import { useMutation } from '@tanstack/react-query';
import { issuesToFieldErrors, otpSendRequestSchema, type submittedSchema } from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { EmailField } from '../../../lib/components/text-field.tsx';
import { type FormErrors, fieldError } from '../../../lib/form-errors.ts';
import { sendOtp } from '../api/otp.ts';
import { apiErrors } from '../api-errors.ts';
import { type OtpTiming, timingFromDraft, timingFromSent } from '../otp-timing.ts';
import type { StepProps } from '../step-props.ts';
import { AGENCY_SEARCH_ID, AgencyList } from './agency-list.tsx';
import { OtpPanel } from './otp-panel.tsx';

export type Submitted = z.infer<typeof submittedSchema>;
const FIELD_IDS = { agencyId: AGENCY_SEARCH_ID, email: 'reg-email' };

/** Step 4: the receiving agency, the email for the declaration form, then the OTP. */
export function AgencyStep(
  props: Pick<StepProps, 'flow' | 'goTo'> & { onDone: (s: Submitted) => void },
) {
  const { flow, goTo, onDone } = props;
  const { t } = useTranslation();
  const [lang] = useLang();
  const { answers, update } = flow;
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [timing, setTiming] = useState<OtpTiming | null>(() => timingFromDraft(flow.draft));
  const send = useMutation({
    mutationFn: async (body: { agencyId: string; email: string }) =>
      sendOtp(await flow.ensureDraft(), body),
  });

  const onSend = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (send.isPending) return;
    const body = { agencyId: answers.agencyId, email: answers.email };
    const parsed = otpSendRequestSchema.safeParse(body);
    if (!parsed.success)
      return setErrors({ fields: issuesToFieldErrors(parsed.error.issues, lang) });
    setErrors(null);
    send.mutate(body, {
      onSuccess: (sent) => setTiming(timingFromSent(sent)),
      onError: (error) => setErrors(apiErrors(error, lang)),
    });
  };

  return (
    <>
      <form className="form" noValidate onSubmit={onSend}>
        {errors && <FormErrorSummary id="reg-error-summary" errors={errors} fieldIds={FIELD_IDS} />}
        <AgencyList
          provinceCode={answers.provinceCode}
          value={answers.agencyId}
          onChange={(agencyId) => update({ agencyId })}
          error={fieldError(errors, 'agencyId', lang)}
        />
        <h3 className="form__subheading">{t('registration.email.title')}</h3>
        <EmailField
          id={FIELD_IDS.email}
          name="email"
          label={t('registration.email.label')}
          hint={t('registration.email.note')}
          required
          error={fieldError(errors, 'email', lang)}
          value={answers.email}
          onChange={(email) => update({ email })}
        />
        <div className="form__actions">
          <Button variant="secondary" onClick={() => goTo(3)}>
            {t('registration.back')}
          </Button>
          <Button type="submit" pending={send.isPending} pendingLabel={t('common.sending')}>
            {t('registration.email.send')}
          </Button>
        </div>
      </form>
      {timing && (
        <OtpPanel
          flow={flow}
          timing={timing}
          onResend={async () => {
            const body = { agencyId: answers.agencyId, email: answers.email };
            setTiming(timingFromSent(await sendOtp(await flow.ensureDraft(), body)));
          }}
          onDone={onDone}
        />
      )}
    </>
  );
}
