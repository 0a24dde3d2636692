import type { PhotoInfo } from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../lib/components/icon.tsx';
import type { StoredDraft } from '../api/draft-store.ts';
import { usePhotoThumbnail } from '../api/photo-blob.ts';

interface PhotoThumbnailProps {
  photo: PhotoInfo | null;
  stored: StoredDraft | null;
  label: string;
}

/** What the server kept (its normalized copy, not the file picked), or an empty frame. */
export function PhotoThumbnail({ photo, stored, label }: PhotoThumbnailProps) {
  const { t } = useTranslation();
  const thumb = usePhotoThumbnail(photo, stored);
  if (!photo) {
    return (
      <div className="photo-thumb photo-thumb--empty">
        <Icon name="image" size={32} />
        <span>{t('registration.photos.empty')}</span>
      </div>
    );
  }
  return (
    <div className="photo-thumb">
      {thumb.url ? (
        <img src={thumb.url} alt={t('registration.photos.thumbAlt', { label })} />
      ) : (
        <span className="photo-thumb__loading">
          {thumb.isError ? t('registration.photos.saved') : t('registration.photos.thumbLoading')}
        </span>
      )}
    </div>
  );
}
