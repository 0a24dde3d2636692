import { PHOTO_KIND_LABELS, PHOTO_MAX_BYTES, type PhotoKind, translate } from '@vssid/contracts';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { FieldErrorMessage } from '../../../lib/components/field-error.tsx';
import { Icon } from '../../../lib/components/icon.tsx';
import { RequiredMark } from '../../../lib/components/required-mark.tsx';
import { errorsFromApi, messageFor } from '../../../lib/form-errors.ts';
import { uploadPhoto } from '../api/upload-photo.ts';
import type { RegistrationFlow } from '../hooks/use-registration-flow.ts';
import { PhotoPickButtons } from './photo-pick-buttons.tsx';
import { PhotoThumbnail } from './photo-thumbnail.tsx';

interface PhotoFieldProps {
  kind: PhotoKind;
  flow: RegistrationFlow;
  required: boolean;
  consented: boolean;
  /** "Tiếp tục" found it missing. */
  missingError?: string;
}

/** One photo: take it or choose it, watch it upload, see what was saved or why it was refused. */
export function PhotoField({ kind, flow, required, consented, missingError }: PhotoFieldProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const [progress, setProgress] = useState<number | null>(null);
  const [refused, setRefused] = useState<{ code: string; message: string } | null>(null);
  const photo = flow.draft?.photos[kind] ?? null;
  const label = PHOTO_KIND_LABELS[kind][lang];
  const id = `reg-photo-${kind}`;
  const error = refused ? messageFor(refused, lang) : photo ? undefined : missingError;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || progress !== null) return;
    setRefused(null);
    if (file.size > PHOTO_MAX_BYTES) {
      return setRefused({ code: 'PHOTO_TOO_LARGE', message: translate('PHOTO_TOO_LARGE', lang) });
    }
    setProgress(0);
    try {
      const stored = await flow.ensureDraft();
      const result = await uploadPhoto(stored, kind, file, setProgress);
      flow.setDraft(result.draft);
    } catch (e) {
      const errors = errorsFromApi(e, lang);
      setRefused(errors.fields.find((f) => f.field === kind) ?? errors.general ?? null);
    } finally {
      setProgress(null);
    }
  };

  return (
    <section
      className={error ? 'photo-field field--error' : 'photo-field'}
      aria-labelledby={`${id}-label`}
    >
      <h3 className="photo-field__label" id={`${id}-label`}>
        {label}
        {required ? (
          <RequiredMark />
        ) : (
          <span className="photo-field__optional"> {t('registration.photos.optional')}</span>
        )}
      </h3>
      <p className="field__hint">{t(`registration.photos.hints.${kind}`)}</p>
      <div className="photo-field__body">
        <PhotoThumbnail photo={photo} stored={flow.stored} label={label} />
        <div className="photo-field__side">
          {photo && progress === null && (
            <p className="photo-field__saved">
              <Icon name="checkCircle" size={20} />
              {t('registration.photos.saved')}
            </p>
          )}
          {progress !== null && (
            <div className="upload-progress">
              <label htmlFor={`${id}-progress`}>
                {t('registration.photos.uploading', { percent: Math.round(progress * 100) })}
              </label>
              <progress id={`${id}-progress`} max={1} value={progress} />
            </div>
          )}
          {consented ? (
            <PhotoPickButtons
              id={id}
              kind={kind}
              busy={progress !== null}
              describedBy={error ? `${id}-error` : undefined}
              onFile={(e) => void onFile(e)}
            />
          ) : (
            <p className="photo-field__locked" id={id} tabIndex={-1}>
              {t('registration.photos.consentFirst')}
            </p>
          )}
        </div>
      </div>
      {error && <FieldErrorMessage id={`${id}-error`} message={error} />}
    </section>
  );
}
