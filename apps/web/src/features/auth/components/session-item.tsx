import { useTranslation } from 'react-i18next';
import { Button } from '../../../lib/components/button.tsx';
import { Icon } from '../../../lib/components/icon.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';

interface SessionItemProps {
  session: { device: string | null; createdAt: string; lastSeenAt: string; current: boolean };
  ending: boolean;
  /** Signs that other device out (this device has "Đăng xuất" below the list). */
  onEnd: () => void;
}

/** One signed-in device: what it is, since when, last seen; "Thiết bị này" for this one. */
export function SessionItem({ session, ending, onEnd }: SessionItemProps) {
  const { t } = useTranslation();
  const device = session.device ?? t('security.unknownDevice');
  return (
    <li className={session.current ? 'item item--current' : 'item'}>
      <Icon name="device" className="item__icon" size={28} />
      <div className="item__body">
        <strong>
          {device}
          {session.current && <span className="badge">{t('security.thisDevice')}</span>}
        </strong>
        <span>{t('security.signedInAt', { time: formatDateTime(session.createdAt) })}</span>
        <span>{t('security.lastSeen', { time: formatDateTime(session.lastSeenAt) })}</span>
      </div>
      {!session.current && (
        <Button
          variant="secondary"
          className="button--small"
          aria-label={t('security.endLabel', { device })}
          pending={ending}
          pendingLabel={t('profile.signingOut')}
          onClick={onEnd}
        >
          {t('security.signOut')}
        </Button>
      )}
    </li>
  );
}
