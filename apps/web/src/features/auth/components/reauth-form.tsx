import { translate } from '@vssid/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { errorsFromApi, type FormErrors, fieldError } from '../../../lib/form-errors.ts';
import { useReauthenticate } from '../api/reauth.ts';
import { PasswordField } from './password-field.tsx';

const FIELD_IDS = { password: 'reauth-password' };

/** "Nhập lại mật khẩu": proves it is still the owner, then the action runs again. */
export function ReauthForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const reauth = useReauthenticate();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reauth.isPending) return;
    if (!password) {
      const message = translate('PASSWORD_REQUIRED', lang);
      setErrors({ fields: [{ field: 'password', code: 'PASSWORD_REQUIRED', message }] });
      return;
    }
    setErrors(null);
    reauth.mutate(password, {
      onSuccess: onDone,
      onError: (e) => setErrors(errorsFromApi(e, lang)),
    });
  };

  return (
    <form className="form reauth" noValidate onSubmit={onSubmit} aria-labelledby="reauth-title">
      <h3 id="reauth-title" ref={headingRef} tabIndex={-1}>
        {t('security.reauthTitle')}
      </h3>
      <p>{t('security.reauthLead')}</p>
      {errors && <FormErrorSummary id="reauth-summary" errors={errors} fieldIds={FIELD_IDS} />}
      <PasswordField
        id={FIELD_IDS.password}
        label={t('login.password')}
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
        error={fieldError(errors, 'password', lang)}
      />
      <Button
        type="submit"
        pending={reauth.isPending}
        pendingLabel={t('forgotPassword.confirming')}
      >
        {t('security.reauthSubmit')}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        {t('security.cancel')}
      </Button>
    </form>
  );
}
