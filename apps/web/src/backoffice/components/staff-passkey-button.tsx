import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import { Button } from '../../lib/components/button.tsx';
import { Icon } from '../../lib/components/icon.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { passkeyCancelled } from '../../lib/webauthn.ts';
import { useStaffPasskey } from '../api/staff-auth.ts';

/** "Dùng passkey" as the second factor, with what went wrong under it. */
export function StaffPasskeyButton() {
  const { t } = useTranslation('backoffice');
  const [lang] = useLang();
  const passkey = useStaffPasskey();
  const { error } = passkey;
  const message =
    error &&
    (passkeyCancelled(error) ? t('secondFactor.passkeyCancelled') : errorMessage(error, lang));
  return (
    <div className="passkey-login">
      <p className="divider">
        <span>{t('secondFactor.or')}</span>
      </p>
      <Button
        variant="secondary"
        id="staff-passkey"
        pending={passkey.isPending}
        pendingLabel={t('secondFactor.passkeyPending')}
        onClick={() => passkey.mutate(undefined)}
      >
        <Icon name="fingerprint" className="button__icon" />
        {t('secondFactor.passkey')}
      </Button>
      <div role="alert">{message && <p className="inline-error">{message}</p>}</div>
    </div>
  );
}
