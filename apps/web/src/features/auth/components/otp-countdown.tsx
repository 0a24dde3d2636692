import { useTranslation } from 'react-i18next';
import { formatCountdown } from '../../../lib/format-date-time.ts';
import { useNow } from '../../../lib/use-now.ts';

/** "Mã có hiệu lực trong 3:59", then "Mã đã hết hạn…" (codes live 4 minutes). */
export function OtpCountdown({ id, expiresAt }: { id: string; expiresAt: string }) {
  const { t } = useTranslation();
  const left = Date.parse(expiresAt) - useNow();
  // Not a live region: a screen reader reading every second would drown everything else.
  return left > 0 ? (
    <p className="countdown" id={id}>
      {t('forgotPassword.validFor', { time: formatCountdown(left) })}
    </p>
  ) : (
    <p className="countdown countdown--over" id={id}>
      {t('forgotPassword.expired')}
    </p>
  );
}
