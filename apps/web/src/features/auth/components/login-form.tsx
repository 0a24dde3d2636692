import type { SessionInfo } from '@vssid/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { FormField } from '../../../lib/components/form-field.tsx';
import { PasswordInput } from '../../../lib/components/password-input.tsx';
import { TextField } from '../../../lib/components/text-field.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { PATHS } from '../../../lib/paths.ts';
import { useLogin } from '../api/login.ts';
import type { PasskeyAction } from '../api/passkey-login.ts';
import { loadLoginChecks } from '../load-login-checks.ts';
import { type LoginFailure, loginFailure } from '../login-errors.ts';
import type { ResetCarry } from '../reset-draft.ts';
import { LoginLocked } from './login-locked.tsx';

const FIELD_IDS = { bhxhCode: 'login-bhxh-code', password: 'login-password' };

interface LoginFormProps {
  /** Offered in the lock panel when this browser has passkeys. */
  passkey: PasskeyAction | undefined;
  onSignedIn: (info: SessionInfo) => void;
}

export function LoginForm({ passkey, onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const login = useLogin();
  // In memory only: a password never goes to storage, and a failed submit keeps both values.
  const [values, setValues] = useState({ bhxhCode: '', password: '' });
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  // While the checks' chunk arrives (only if the first touch and the submit were at once).
  const [preparing, setPreparing] = useState(false);
  const submitting = useRef(false);
  const errors = failure && !failure.locked ? failure.errors : null;
  const preload = () => void loadLoginChecks().catch(() => {});

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending || submitting.current) return;
    submitting.current = true;
    setPreparing(true);
    const checks = await loadLoginChecks().catch((error: unknown) => {
      setFailure(loginFailure(error, lang, t));
      return null;
    });
    submitting.current = false;
    setPreparing(false);
    if (!checks) return;
    const parsed = checks.checkLogin(values, lang);
    if (!parsed.ok) {
      setFailure({ locked: false, errors: { fields: parsed.fields } });
      return;
    }
    setFailure(null);
    login.mutate(parsed.data, {
      onSuccess: onSignedIn,
      onError: (error) => setFailure(loginFailure(error, lang, t)),
    });
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={onSubmit}
      onFocus={preload}
      onPointerDown={preload}
      aria-busy={login.isPending || preparing}
    >
      {errors && <FormErrorSummary id="login-error-summary" errors={errors} fieldIds={FIELD_IDS} />}
      {failure?.locked && (
        <LoginLocked until={failure.until} code={failure.code} passkey={passkey} />
      )}
      <TextField
        id={FIELD_IDS.bhxhCode}
        name="bhxhCode"
        label={t('login.bhxhCode')}
        hint={t('login.bhxhCodeHint')}
        required
        inputMode="numeric"
        autoComplete="username"
        error={fieldError(errors, 'bhxhCode', lang)}
        value={values.bhxhCode}
        onChange={(bhxhCode) => setValues((v) => ({ ...v, bhxhCode }))}
      />
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
        {/* The code typed here goes along (history state, not the address); the password never. */}
        <Link to={PATHS.forgotPassword} state={{ bhxhCode: values.bhxhCode } satisfies ResetCarry}>
          {t('login.forgotPassword')}
        </Link>
      </p>
      <Button
        type="submit"
        pending={login.isPending || preparing}
        pendingLabel={t('login.pending')}
      >
        {t('login.submit')}
      </Button>
      <p className="form__center">
        <Link to={PATHS.lookupBhxhCode}>{t('login.findCode')}</Link>
      </p>
    </form>
  );
}
