import { PHOTO_KIND_LABELS, type PhotoInfo } from '@vssid/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';

/**
 * The applicant's photos. The staff session cookie authorizes them, so a plain <img> works;
 * one at a time can be enlarged to compare with the ID data.
 */
export function PhotoGallery({ photos }: { photos: readonly PhotoInfo[] }) {
  const { t } = useTranslation('backoffice');
  const [lang] = useLang();
  const [large, setLarge] = useState<string | null>(null);
  return (
    <section className="bo-card" aria-labelledby="photos-title">
      <h2 id="photos-title">{t('registrations.detail.photos')}</h2>
      <ul className="bo-photos">
        {photos.map((p) => {
          const label = PHOTO_KIND_LABELS[p.kind][lang];
          const open = large === p.kind;
          return (
            <li key={p.kind} className={open ? 'bo-photo bo-photo--large' : 'bo-photo'}>
              <img src={p.url} alt={label} width={p.width} height={p.height} />
              <span className="bo-photo__label">{label}</span>
              <button
                type="button"
                className="link-button"
                aria-pressed={open}
                onClick={() => setLarge(open ? null : p.kind)}
              >
                {open ? t('registrations.detail.shrink') : t('registrations.detail.enlarge')}
              </button>
            </li>
          );
        })}
      </ul>
      {photos.every((p) => p.kind === 'portrait') && (
        <p className="bo-page__lead">{t('registrations.detail.noPhotos')}</p>
      )}
    </section>
  );
}
