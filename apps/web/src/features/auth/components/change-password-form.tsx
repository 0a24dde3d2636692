import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { errorsFromApi, type FormErrors, fieldError } from '../../../lib/form-errors.ts';
import { useChangePassword } from '../api/change-password.ts';
import {
  changePasswordErrors,
  PASSWORD_MIN_CHARS,
  passwordLength,
} from '../change-password-check.ts';
import { PasswordField } from './password-field.tsx';

const FIELD_IDS = {
  currentPassword: 'current-password',
  newPassword: 'new-password',
  confirmPassword: 'confirm-password',
};
const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };
type Field = keyof typeof EMPTY;

export function ChangePasswordForm({ forced, onDone }: { forced: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const change = useChangePassword();
  // Passwords stay in memory only; a failed submit keeps all three.
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const length = passwordLength(values.newPassword);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    // Every field's problem at once, not the first one found.
    const fields = changePasswordErrors(values, lang, t('changePassword.mismatch'));
    if (fields.length > 0) {
      setErrors({ fields });
      return;
    }
    setErrors(null);
    const body = { currentPassword: values.currentPassword, newPassword: values.newPassword };
    change.mutate(body, { onSuccess: onDone, onError: (e) => setErrors(errorsFromApi(e, lang)) });
  };

  const field = (name: Field) => ({
    id: FIELD_IDS[name],
    value: values[name],
    onChange: set(name),
    error: fieldError(errors, name, lang),
  });
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-busy={change.isPending}>
      {errors && (
        <FormErrorSummary id="change-password-summary" errors={errors} fieldIds={FIELD_IDS} />
      )}
      <PasswordField
        {...field('currentPassword')}
        label={t('changePassword.current')}
        hint={forced ? t('changePassword.currentHintForced') : undefined}
        autoComplete="current-password"
      />
      <PasswordField
        {...field('newPassword')}
        label={t('changePassword.new')}
        hint={t('changePassword.newHint')}
        autoComplete="new-password"
        note={t(
          length < PASSWORD_MIN_CHARS ? 'changePassword.lengthShort' : 'changePassword.lengthOk',
          {
            n: length,
          },
        )}
      />
      <PasswordField
        {...field('confirmPassword')}
        label={t('changePassword.confirm')}
        autoComplete="new-password"
      />
      <Button type="submit" pending={change.isPending} pendingLabel={t('changePassword.pending')}>
        {t('changePassword.submit')}
      </Button>
    </form>
  );
}
