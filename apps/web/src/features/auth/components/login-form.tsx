import { issuesToFieldErrors, loginRequestSchema } from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLang } from '../../../i18n/use-lang.ts';
import { ApiRequestError } from '../../../lib/api.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { FormField } from '../../../lib/components/form-field.tsx';
import { Notice } from '../../../lib/components/notice.tsx';
import { PasswordInput } from '../../../lib/components/password-input.tsx';
import { errorsFromApi, type FormErrors, fieldError } from '../../../lib/form-errors.ts';
import { PATHS } from '../../../lib/paths.ts';
import { useLogin } from '../api/login.ts';

const FIELD_IDS = { bhxhCode: 'login-bhxh-code', password: 'login-password' };

// The server answers 404 NOT_FOUND until the sign-in route ships: that is news, not an error.
const opensLater = (error: unknown) =>
  error instanceof ApiRequestError && error.status === 404 && error.code === 'NOT_FOUND';

export function LoginForm() {
  const { t } = useTranslation();
  const [lang] = useLang();
  const navigate = useNavigate();
  const login = useLogin();
  // In memory only: a password never goes to storage, and a failed submit keeps both values.
  const [values, setValues] = useState({ bhxhCode: '', password: '' });
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [notYet, setNotYet] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    setNotYet(false);
    const parsed = loginRequestSchema.safeParse(values);
    if (!parsed.success) {
      setErrors({ fields: issuesToFieldErrors(parsed.error.issues, lang) });
      return;
    }
    setErrors(null);
    login.mutate(parsed.data, {
      onSuccess: () => void navigate(PATHS.personal),
      onError: (error) =>
        opensLater(error) ? setNotYet(true) : setErrors(errorsFromApi(error, lang)),
    });
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-busy={login.isPending}>
      {errors && <FormErrorSummary id="login-error-summary" errors={errors} fieldIds={FIELD_IDS} />}
      {notYet && <Notice id="login-notice">{t('login.comingSoon')}</Notice>}
      <FormField
        id={FIELD_IDS.bhxhCode}
        label={t('login.bhxhCode')}
        hint={t('login.bhxhCodeHint')}
        required
        error={fieldError(errors, 'bhxhCode', lang)}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            name="bhxhCode"
            type="text"
            inputMode="numeric"
            autoComplete="username"
            spellCheck={false}
            value={values.bhxhCode}
            onChange={(e) => setValues((v) => ({ ...v, bhxhCode: e.target.value }))}
          />
        )}
      </FormField>
      <FormField
        id={FIELD_IDS.password}
        label={t('login.password')}
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
      <p className="form__aside">
        <Link to={PATHS.forgotPassword}>{t('login.forgotPassword')}</Link>
      </p>
      <Button type="submit" pending={login.isPending} pendingLabel={t('login.pending')}>
        {t('login.submit')}
      </Button>
      <p className="form__center">
        <Link to={PATHS.lookupBhxhCode}>{t('login.findCode')}</Link>
      </p>
    </form>
  );
}
