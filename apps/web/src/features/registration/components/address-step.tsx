import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { verifyApplicant } from '../api/applicant.ts';
import { apiErrors } from '../api-errors.ts';
import { ADDRESS_IDS, errorsFor, hasFieldIn, IDENTITY_IDS } from '../field-ids.ts';
import { ADDRESS_FIELDS, checkStep, IDENTITY_FIELDS, toApplicantRequest } from '../step-check.ts';
import type { StepProps } from '../step-props.ts';
import { AddressPickers } from './address-pickers.tsx';
import { AnswerField } from './answer-field.tsx';

/** Step 2: "Địa chỉ liên hệ" and phone; "Tiếp tục" has the server check steps 1 and 2. */
export function AddressStep({ flow, errors, setErrors, goTo }: StepProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const { answers, update } = flow;
  // memoized: a new object would re-focus the error summary on every keystroke
  const shown = useMemo(() => errorsFor(errors, ADDRESS_IDS), [errors]);
  const err = (field: string) => fieldError(shown, field, lang);
  const verify = useMutation({
    mutationFn: async () => {
      const stored = await flow.ensureDraft();
      await flow.flush();
      return verifyApplicant(stored, toApplicantRequest(answers));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (verify.isPending) return;
    const fields = checkStep(answers, [...IDENTITY_FIELDS, ...ADDRESS_FIELDS], lang);
    const failed = (next: {
      fields: typeof fields;
      general?: { code: string; message: string };
    }) => {
      setErrors(next);
      // a refused code or name is fixed on step 1: take the person there
      if (hasFieldIn(next, IDENTITY_IDS)) goTo(1);
    };
    if (fields.length > 0) return failed({ fields });
    setErrors(null);
    verify.mutate(undefined, {
      onSuccess: (draft) => {
        flow.setDraft(draft);
        // The server keeps the records' spelling of the name: show that one from now on.
        const saved = draft.answers.fullName;
        if (saved && saved !== answers.fullName) flow.update({ fullName: saved });
        goTo(3);
      },
      onError: (error) => failed(apiErrors(error, lang)),
    });
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="reg-heading">
      <h2 id="reg-heading" className="form__heading">
        {t('registration.heading')}
      </h2>
      {shown && <FormErrorSummary id="reg-error-summary" errors={shown} fieldIds={ADDRESS_IDS} />}
      <fieldset className="fieldset">
        <legend className="fieldset__legend">
          {t('registration.fields.address')}
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        </legend>
        <AddressPickers answers={answers} update={update} err={err} />
        <AnswerField
          name="street"
          id={ADDRESS_IDS.street}
          label={t('registration.fields.street')}
          autoComplete="street-address"
          value={answers.street}
          error={err('street')}
          onChange={(street) => update({ street })}
        />
      </fieldset>
      <AnswerField
        name="phone"
        id={ADDRESS_IDS.phone}
        label={t('registration.fields.phone')}
        type="tel"
        inputMode="tel"
        autoComplete="tel-national"
        value={answers.phone}
        error={err('phone')}
        onChange={(phone) => update({ phone })}
      />
      <div className="form__actions">
        <Button variant="secondary" onClick={() => goTo(1)}>
          {t('registration.back')}
        </Button>
        <Button type="submit" pending={verify.isPending} pendingLabel={t('registration.checking')}>
          {t('registration.continue')}
        </Button>
      </div>
    </form>
  );
}
