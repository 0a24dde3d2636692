import { issuesToFieldErrors, staffLoginRequestSchema } from '@vssid/contracts';
import { type FormEvent, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import { Button } from '../../lib/components/button.tsx';
import { FormErrorSummary } from '../../lib/components/form-error-summary.tsx';
import { FormField } from '../../lib/components/form-field.tsx';
import { PasswordInput } from '../../lib/components/password-input.tsx';
import { type FormErrors, fieldError } from '../../lib/form-errors.ts';
import { useStaffLogin } from '../api/staff-auth.ts';
import { staffErrors } from '../staff-errors.ts';
import { AuthLayout } from './auth-layout.tsx';
import { PortalContext } from './portal-context.ts';

const FIELD_IDS = { username: 'staff-username', password: 'staff-password' };

/** Step 1 at /admin: "Tên đăng nhập" + "Mật khẩu". */
export function StaffLoginForm() {
  const { t } = useTranslation('backoffice');
  const [lang] = useLang();
  const login = useStaffLogin();
  const portal = useContext(PortalContext);
  const [values, setValues] = useState({ username: '', password: '' });
  const [errors, setErrors] = useState<FormErrors | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    const parsed = staffLoginRequestSchema.safeParse(values);
    if (!parsed.success) {
      setErrors({ fields: issuesToFieldErrors(parsed.error.issues, lang) });
      return;
    }
    setErrors(null);
    login.mutate(parsed.data, { onError: (e) => setErrors(staffErrors(e, lang, t)) });
  };

  return (
    <AuthLayout title={t('signIn.title')}>
      <p className="lead">{portal?.signInLead ?? t('signIn.lead')}</p>
      <form className="form form--flat" noValidate onSubmit={onSubmit} aria-busy={login.isPending}>
        {errors && (
          <FormErrorSummary id="staff-login-summary" errors={errors} fieldIds={FIELD_IDS} />
        )}
        <FormField
          id={FIELD_IDS.username}
          label={t('signIn.username')}
          required
          error={fieldError(errors, 'username', lang)}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={values.username}
              onChange={(e) => setValues((v) => ({ ...v, username: e.target.value }))}
            />
          )}
        </FormField>
        <FormField
          id={FIELD_IDS.password}
          label={t('signIn.password')}
          required
          error={fieldError(errors, 'password', lang)}
        >
          {(control) => (
            <PasswordInput
              {...control}
              name="password"
              autoComplete="current-password"
              value={values.password}
              onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))}
            />
          )}
        </FormField>
        <Button type="submit" pending={login.isPending} pendingLabel={t('signIn.pending')}>
          {t('signIn.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
