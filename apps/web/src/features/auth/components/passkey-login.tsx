import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { Icon } from '../../../lib/components/icon.tsx';
import { errorMessage } from '../../../lib/form-errors.ts';
import { passkeyCancelled } from '../../../lib/webauthn.ts';
import type { PasskeyAction } from '../api/passkey-login.ts';

/** Below the password form: "hoặc", then the passkey button and what went wrong, if anything. */
export function PasskeyLogin({ passkey }: { passkey: PasskeyAction }) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const { error } = passkey;
  const message =
    error && (passkeyCancelled(error) ? t('login.passkeyCancelled') : errorMessage(error, lang));
  return (
    <section className="passkey-login" aria-label={t('login.passkey')}>
      <p className="divider">
        <span>{t('login.or')}</span>
      </p>
      <Button
        variant="secondary"
        id="passkey-login"
        pending={passkey.isPending}
        pendingLabel={t('login.passkeyPending')}
        onClick={passkey.start}
      >
        <Icon name="fingerprint" className="button__icon" />
        {t('login.passkey')}
      </Button>
      <div role="alert">
        {message && (
          <p className="inline-error" id="passkey-login-error">
            {message}
          </p>
        )}
      </div>
    </section>
  );
}
