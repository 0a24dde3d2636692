import { PHOTO_KIND_LABELS, type PhotoInfo, type PhotoKind } from '@vssid/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';

export type PhotoLoad = 'loading' | 'loaded' | 'failed';

interface PhotoGalleryProps {
  photos: readonly PhotoInfo[];
  /** Each photo's state, kept by the page: a decision waits until every photo was shown. */
  states: Partial<Record<PhotoKind, PhotoLoad>>;
  onState: (kind: PhotoKind, state: PhotoLoad) => void;
}

/**
 * The applicant's photos. The staff session cookie authorizes them, so a plain <img> works;
 * one at a time can be enlarged to compare with the ID data. Each says whether it is still
 * loading or could not be loaded (then "Tải lại ảnh" asks for it again).
 */
export function PhotoGallery({ photos, states, onState }: PhotoGalleryProps) {
  const { t } = useTranslation('backoffice');
  const [lang] = useLang();
  const [large, setLarge] = useState<string | null>(null);
  const [attempt, setAttempt] = useState<Partial<Record<PhotoKind, number>>>({});
  return (
    <section className="bo-card" aria-labelledby="photos-title">
      <h2 id="photos-title">{t('registrations.detail.photos')}</h2>
      <ul className="bo-photos">
        {photos.map((p) => {
          const label = PHOTO_KIND_LABELS[p.kind][lang];
          const open = large === p.kind;
          const state = states[p.kind] ?? 'loading';
          const n = attempt[p.kind] ?? 0;
          return (
            <li
              key={p.kind}
              className={`bo-photo bo-photo--${state}${open ? ' bo-photo--large' : ''}`}
              data-photo={p.kind}
              data-state={state}
            >
              {state !== 'failed' && (
                <img
                  key={n}
                  src={n ? `${p.url}?lan=${n}` : p.url}
                  alt={label}
                  width={p.width}
                  height={p.height}
                  decoding="sync"
                  onLoad={(e) =>
                    onState(p.kind, e.currentTarget.naturalWidth > 0 ? 'loaded' : 'failed')
                  }
                  onError={() => onState(p.kind, 'failed')}
                />
              )}
              {state === 'loading' && (
                <span className="bo-photo__status">{t('registrations.photos.loading')}</span>
              )}
              {state === 'failed' && (
                <div className="bo-photo__failed" role="alert">
                  <p>{t('registrations.photos.failed', { photo: label })}</p>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      setAttempt((a) => ({ ...a, [p.kind]: n + 1 }));
                      onState(p.kind, 'loading');
                    }}
                  >
                    {t('registrations.photos.retry')}
                  </button>
                </div>
              )}
              <span className="bo-photo__label">{label}</span>
              {state === 'loaded' && (
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={open}
                  onClick={() => setLarge(open ? null : p.kind)}
                >
                  {open ? t('registrations.detail.shrink') : t('registrations.detail.enlarge')}
                </button>
              )}
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
