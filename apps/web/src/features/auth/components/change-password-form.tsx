import {
  changePasswordRequestSchema,
  type FieldError,
  issuesToFieldErrors,
} from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { errorsFromApi, type FormErrors, fieldError } from '../../../lib/form-errors.ts';
import { useChangePassword } from '../api/change-password.ts';
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
  const length = [...values.newPassword.normalize('NFC')].length;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const { confirmPassword, ...body } = values;
    const parsed = changePasswordRequestSchema.safeParse(body);
    const fields: FieldError[] = parsed.success
      ? []
      : issuesToFieldErrors(parsed.error.issues, lang);
    if (confirmPassword !== body.newPassword) {
      const message = t('changePassword.mismatch');
      fields.push({ field: 'confirmPassword', code: 'PASSWORD_MISMATCH', message });
    }
    if (fields.length > 0) {
      setErrors({ fields });
      return;
    }
    setErrors(null);
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
        note={t(length < 12 ? 'changePassword.lengthShort' : 'changePassword.lengthOk', {
          n: length,
        })}
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
