import { useTranslation } from 'react-i18next';
import { Button } from '../../../lib/components/button.tsx';
import { Icon } from '../../../lib/components/icon.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';

interface PasskeyItemProps {
  passkey: { id: string; name: string; createdAt: string; lastUsedAt: string | null };
  removing: boolean;
  onRemove: () => void;
}

/** One passkey: its name, when it was set up and last used, and "Xóa". */
export function PasskeyItem({ passkey, removing, onRemove }: PasskeyItemProps) {
  const { t } = useTranslation();
  return (
    <li className="item">
      <Icon name="fingerprint" className="item__icon" size={28} />
      <div className="item__body">
        <strong>{passkey.name}</strong>
        <span>{t('security.createdAt', { time: formatDateTime(passkey.createdAt) })}</span>
        {passkey.lastUsedAt && (
          <span>{t('security.lastUsed', { time: formatDateTime(passkey.lastUsedAt) })}</span>
        )}
      </div>
      <Button
        variant="secondary"
        className="button--small"
        aria-label={t('security.removeLabel', { name: passkey.name })}
        pending={removing}
        pendingLabel={t('common.sending')}
        onClick={onRemove}
      >
        {t('security.remove')}
      </Button>
    </li>
  );
}
