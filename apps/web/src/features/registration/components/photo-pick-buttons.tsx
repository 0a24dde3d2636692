import type { PhotoKind } from '@vssid/contracts';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../lib/components/icon.tsx';

interface PhotoPickButtonsProps {
  /** The camera input's id (the error summary's target); the gallery one adds "-gallery". */
  id: string;
  kind: PhotoKind;
  busy: boolean;
  describedBy?: string;
  onFile: (event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * "Chụp ảnh" opens the camera straight away (capture: the front one for the portrait, the back
 * one for ID cards); "Chọn từ thư viện" opens the gallery. Both are real file inputs.
 */
export function PhotoPickButtons({ id, kind, busy, describedBy, onFile }: PhotoPickButtonsProps) {
  const { t } = useTranslation();
  const classes = busy ? 'button button--secondary button--busy' : 'button button--secondary';
  return (
    <div className="photo-field__actions">
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept="image/*"
        capture={kind === 'portrait' ? 'user' : 'environment'}
        disabled={busy}
        aria-describedby={describedBy}
        onChange={onFile}
      />
      <label htmlFor={id} className={classes}>
        <Icon name="camera" />
        <span>{t('registration.photos.take')}</span>
      </label>
      <input
        id={`${id}-gallery`}
        className="visually-hidden"
        type="file"
        accept="image/*"
        disabled={busy}
        aria-describedby={describedBy}
        onChange={onFile}
      />
      <label htmlFor={`${id}-gallery`} className={classes}>
        <Icon name="image" />
        <span>{t('registration.photos.choose')}</span>
      </label>
    </div>
  );
}
