import type { SessionInfo } from '@vssid/contracts';
import { issuesToFieldErrors, totpRequestSchema } from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import { Button } from '../../lib/components/button.tsx';
import { FormErrorSummary } from '../../lib/components/form-error-summary.tsx';
import { FormField } from '../../lib/components/form-field.tsx';
import { type FormErrors, fieldError } from '../../lib/form-errors.ts';
import { passkeysSupported } from '../../lib/webauthn.ts';
import { useStaffLogout, useTotp } from '../api/staff-auth.ts';
import { staffErrors } from '../staff-errors.ts';
import { AuthLayout } from './auth-layout.tsx';
import { StaffPasskeyButton } from './staff-passkey-button.tsx';

const FIELD_IDS = { code: 'staff-totp' };

/** Step 2: "Mã xác thực (6 số)" from an authenticator app, or "Dùng passkey". */
export function SecondFactorForm({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('backoffice');
  const [lang] = useLang();
  const totp = useTotp();
  const logout = useStaffLogout();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const factors = session.secondFactors;
  const passkey = passkeysSupported() && (!factors || factors.includes('passkey'));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (totp.isPending) return;
    const parsed = totpRequestSchema.safeParse({ code });
    if (!parsed.success) {
      setErrors({ fields: issuesToFieldErrors(parsed.error.issues, lang) });
      return;
    }
    setErrors(null);
    totp.mutate(parsed.data.code, {
      // A wrong code belongs to the code field, whether or not the server named it.
      onError: (e) => {
        const found = staffErrors(e, lang, t);
        const g = found.general;
        const onField = found.fields.length === 0 && g && /OTP|TOTP|CODE/.test(g.code);
        setErrors(onField ? { fields: [{ field: 'code', ...g }] } : found);
      },
    });
  };

  return (
    <AuthLayout title={t('secondFactor.title')}>
      <p className="lead">{t('secondFactor.lead')}</p>
      <form className="form form--flat" noValidate onSubmit={onSubmit} aria-busy={totp.isPending}>
        {errors && (
          <FormErrorSummary id="staff-totp-summary" errors={errors} fieldIds={FIELD_IDS} />
        )}
        <FormField
          id={FIELD_IDS.code}
          label={t('secondFactor.code')}
          required
          error={fieldError(errors, 'code', lang)}
        >
          {(control) => (
            <input
              {...control}
              className="input input--otp"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              spellCheck={false}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          )}
        </FormField>
        <Button type="submit" pending={totp.isPending} pendingLabel={t('secondFactor.pending')}>
          {t('secondFactor.submit')}
        </Button>
      </form>
      {passkey && <StaffPasskeyButton />}
      <button type="button" className="link-button" onClick={() => logout.mutate()}>
        {t('secondFactor.cancel')}
      </button>
    </AuthLayout>
  );
}
