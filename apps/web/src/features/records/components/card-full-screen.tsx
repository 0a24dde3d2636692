import type { BhytCard } from '@vssid/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../lib/components/icon.tsx';
import { useWakeLock } from '../hooks/use-wake-lock.ts';
import { QrSvg } from './qr-svg.tsx';

interface CardFullScreenProps {
  card: BhytCard;
  onClose: () => void;
}

/** "Hiển thị tại cơ sở KCB": a modal over everything, the QR as large as the screen allows. */
export function CardFullScreen({ card, onClose }: CardFullScreenProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useWakeLock(true);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    dialog.requestFullscreen?.().catch(() => {
      // not allowed here (iOS Safari, some WebViews): the modal still fills the window
    });
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="card-full"
      id="card-full-screen"
      aria-label={t('records.card.fullScreen')}
      onClose={onClose}
    >
      <button type="button" className="card-full__close" onClick={() => ref.current?.close()}>
        <Icon name="close" />
        <span>{t('records.card.close')}</span>
      </button>
      <p className="card-full__name">{card.fullName.toLocaleUpperCase('vi')}</p>
      <p className="card-full__code">{card.cardNumber}</p>
      <QrSvg className="card-full__qr" payload={card.qrPayload} label={t('records.card.qr')} />
      <p className="card-full__facility">
        {card.facilityName} ({card.facilityCode})
      </p>
      <p className="card-full__hint">{t('records.card.brightness')}</p>
    </dialog>
  );
}
