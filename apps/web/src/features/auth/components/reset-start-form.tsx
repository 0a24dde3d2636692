import { issuesToFieldErrors, passwordResetStartSchema } from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { EmailField, TextField } from '../../../lib/components/text-field.tsx';
import { errorsFromApi, type FormErrors, fieldError } from '../../../lib/form-errors.ts';
import { useStartPasswordReset } from '../api/password-reset.ts';
import type { ResetDraft } from '../reset-draft.ts';

const FIELD_IDS = { bhxhCode: 'reset-bhxh-code', email: 'reset-email' };

interface ResetStartFormProps {
  draft: ResetDraft;
  update: (patch: Partial<ResetDraft>) => void;
}

export function ResetStartForm({ draft, update }: ResetStartFormProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const start = useStartPasswordReset();
  const [errors, setErrors] = useState<FormErrors | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    const parsed = passwordResetStartSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors({ fields: issuesToFieldErrors(parsed.error.issues, lang) });
      return;
    }
    setErrors(null);
    start.mutate(parsed.data, {
      onSuccess: (started) => update({ step: 'otp', ...started }),
      onError: (error) => setErrors(errorsFromApi(error, lang)),
    });
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-busy={start.isPending}>
      {errors && <FormErrorSummary id="reset-start-summary" errors={errors} fieldIds={FIELD_IDS} />}
      <TextField
        id={FIELD_IDS.bhxhCode}
        name="bhxhCode"
        label={t('login.bhxhCode')}
        hint={t('login.bhxhCodeHint')}
        required
        inputMode="numeric"
        autoComplete="username"
        error={fieldError(errors, 'bhxhCode', lang)}
        value={draft.bhxhCode}
        onChange={(bhxhCode) => update({ bhxhCode })}
      />
      <EmailField
        id={FIELD_IDS.email}
        name="email"
        label={t('forgotPassword.email')}
        hint={t('forgotPassword.emailHint')}
        required
        error={fieldError(errors, 'email', lang)}
        value={draft.email}
        onChange={(email) => update({ email })}
      />
      <Button type="submit" pending={start.isPending} pendingLabel={t('common.sending')}>
        {t('forgotPassword.start')}
      </Button>
    </form>
  );
}
