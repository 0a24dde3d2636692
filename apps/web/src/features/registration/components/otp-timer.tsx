import { useTranslation } from 'react-i18next';
import { minutesSeconds, useCountdown } from '../hooks/use-countdown.ts';

/**
 * "Mã còn hiệu lực 3:07". Screen readers are not told every second (that would drown the
 * form); the live region speaks only when the code expires.
 */
export function OtpTimer({ id, deadline }: { id: string; deadline: number }) {
  const { t } = useTranslation();
  const left = useCountdown(deadline);
  return (
    <>
      <p className={left > 0 ? 'countdown' : 'countdown countdown--over'} id={id}>
        {left > 0
          ? t('registration.otp.expiresIn', { time: minutesSeconds(left) })
          : t('registration.otp.expired')}
      </p>
      <p className="visually-hidden" role="status">
        {left === 0 ? t('registration.otp.expired') : ''}
      </p>
    </>
  );
}
