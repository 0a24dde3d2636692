import { useTranslation } from 'react-i18next';
import { Button } from '../../../lib/components/button.tsx';
import { formatCountdown } from '../../../lib/format-date-time.ts';
import { useNow } from '../../../lib/use-now.ts';

interface ResendCodeProps {
  /** ISO time from which a new code may be asked for (60 s after the last one). */
  resendAfter: string;
  pending: boolean;
  onResend: () => void;
}

/** "Gửi lại mã": disabled with the time left until the server allows it. */
export function ResendCode({ resendAfter, pending, onResend }: ResendCodeProps) {
  const { t } = useTranslation();
  const wait = Date.parse(resendAfter) - useNow();
  return (
    <div className="resend">
      <Button
        variant="secondary"
        id="reset-resend"
        disabled={wait > 0}
        aria-describedby={wait > 0 ? 'reset-resend-wait' : undefined}
        pending={pending}
        pendingLabel={t('common.sending')}
        onClick={onResend}
      >
        {t('forgotPassword.resend')}
      </Button>
      {wait > 0 && (
        <p className="field__hint" id="reset-resend-wait">
          {t('forgotPassword.resendIn', { time: formatCountdown(wait) })}
        </p>
      )}
    </div>
  );
}
