import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { Notice } from '../../../lib/components/notice.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { checkIdentity } from '../api/applicant.ts';
import { apiErrors } from '../api-errors.ts';
import { withDateSlashes } from '../birth-date-input.ts';
import { errorsFor, IDENTITY_IDS } from '../field-ids.ts';
import { checkStep, IDENTITY_FIELDS, toIdentityRequest } from '../step-check.ts';
import type { StepProps } from '../step-props.ts';
import { AnswerField } from './answer-field.tsx';
import { NameSuggestion } from './name-suggestion.tsx';
import { QrPanel } from './qr-panel.tsx';

/**
 * Step 1: who the person is — by hand or from a BHYT / CCCD QR code. "Tiếp tục" has the server
 * check the code and the name (a code with an account, a name that is not the code's) here,
 * at their fields, before the address is asked for.
 */
export function IdentityStep({ flow, errors, setErrors, goTo }: StepProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const { answers, update } = flow;
  // memoized: a new object would re-focus the error summary on every keystroke
  const shown = useMemo(() => errorsFor(errors, IDENTITY_IDS), [errors]);
  const err = (field: string) => fieldError(shown, field, lang);
  // The records' spelling of the name as typed ("hoang thu trang" → "Hoàng Thu Trang").
  const [suggested, setSuggested] = useState<{ typed: string; recordName: string } | null>(null);
  const suggestion = suggested?.typed === answers.fullName ? suggested.recordName : null;
  const check = useMutation({
    mutationFn: async () => {
      const stored = await flow.ensureDraft();
      await flow.flush();
      return checkIdentity(stored, toIdentityRequest(answers));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (check.isPending) return;
    const fields = checkStep(answers, IDENTITY_FIELDS, lang);
    if (fields.length > 0) return setErrors({ fields });
    setErrors(null);
    const typed = answers.fullName;
    check.mutate(undefined, {
      onSuccess: ({ draft, recordName }) => {
        flow.setDraft(draft);
        // Asked once per typed name; "Tiếp tục" again goes on (the records' spelling is kept
        // by the server either way).
        if (recordName && suggestion === null) return setSuggested({ typed, recordName });
        goTo(2);
      },
      onError: (error) => setErrors(apiErrors(error, lang)),
    });
  };

  return (
    <>
      <Notice>{t('registration.savedNote')}</Notice>
      <QrPanel answers={answers} update={update} />
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="reg-heading">
        <h2 id="reg-heading" className="form__heading">
          {t('registration.heading')}
        </h2>
        {shown && (
          <FormErrorSummary id="reg-error-summary" errors={shown} fieldIds={IDENTITY_IDS} />
        )}
        <AnswerField
          name="bhxhCode"
          id={IDENTITY_IDS.bhxhCode}
          label={t('registration.fields.bhxhCode')}
          hint={t('registration.fields.bhxhCodeHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          value={answers.bhxhCode}
          error={err('bhxhCode')}
          onChange={(bhxhCode) => update({ bhxhCode })}
        />
        <AnswerField
          name="fullName"
          id={IDENTITY_IDS.fullName}
          label={t('registration.fields.fullName')}
          autoComplete="name"
          autoCapitalize="words"
          value={answers.fullName}
          error={err('fullName')}
          onChange={(fullName) => update({ fullName })}
        />
        {suggestion && (
          <NameSuggestion
            name={suggestion}
            onAccept={() => {
              update({ fullName: suggestion });
              setSuggested(null);
            }}
          />
        )}
        <AnswerField
          name="idNumber"
          id={IDENTITY_IDS.idNumber}
          label={t('registration.fields.idNumber')}
          hint={t('registration.fields.idNumberHint')}
          autoComplete="off"
          autoCapitalize="characters"
          value={answers.idNumber}
          error={err('idNumber')}
          onChange={(idNumber) => update({ idNumber })}
        />
        <AnswerField
          name="birthDate"
          id={IDENTITY_IDS.birthDate}
          label={t('registration.fields.birthDate')}
          hint={t('registration.fields.birthDateHint')}
          inputMode="numeric"
          autoComplete="bday"
          placeholder="dd/mm/yyyy"
          maxLength={10}
          value={answers.birthDate}
          error={err('birthDate')}
          onChange={(v) => update({ birthDate: withDateSlashes(v, answers.birthDate) })}
        />
        <Button type="submit" pending={check.isPending} pendingLabel={t('registration.checking')}>
          {t('registration.continue')}
        </Button>
      </form>
    </>
  );
}
