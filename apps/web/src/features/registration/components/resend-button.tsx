import { useTranslation } from 'react-i18next';
import { Button } from '../../../lib/components/button.tsx';
import { useCountdown } from '../hooks/use-countdown.ts';

interface ResendButtonProps {
  /** Local ms time from which the server accepts a new code (60 s after the last). */
  resendAt: number;
  pending: boolean;
  onClick: () => void;
}

/** "Gửi lại mã": counts down the first 60 seconds, then sends a new code. */
export function ResendButton({ resendAt, pending, onClick }: ResendButtonProps) {
  const { t } = useTranslation();
  const wait = useCountdown(resendAt);
  return (
    <Button
      variant="secondary"
      disabled={wait > 0}
      pending={pending}
      pendingLabel={t('common.sending')}
      onClick={onClick}
    >
      {wait > 0 ? t('registration.otp.resendIn', { seconds: wait }) : t('registration.otp.resend')}
    </Button>
  );
}
