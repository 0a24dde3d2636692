import { PHOTO_KIND_LABELS, PHOTO_KINDS, type PhotoKind, translate } from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { ErrorSummary } from '../../../lib/components/error-summary.tsx';
import { Notice } from '../../../lib/components/notice.tsx';
import type { StepProps } from '../step-props.ts';
import { CONSENT_ID, ConsentBox } from './consent-box.tsx';
import { PhotoField } from './photo-field.tsx';

const FIELD_IDS: Record<string, string> = {
  consent: CONSENT_ID,
  ...Object.fromEntries(PHOTO_KINDS.map((k) => [k, `reg-photo-${k}`])),
};

/** Step 3: consent, then the portrait and (unless the registry vouched) both sides of the ID. */
export function PhotosStep({ flow, goTo }: Pick<StepProps, 'flow' | 'goTo'>) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const [errors, setErrors] = useState<{ field: string; message: string }[] | null>(null);
  const draft = flow.draft;
  if (!draft) return null;
  const consented = Boolean(draft.consentAt);
  const required = (kind: PhotoKind) => draft.requiredPhotos.includes(kind);
  const missing = (field: string) => errors?.find((f) => f.field === field)?.message;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = [
      ...(consented ? [] : [{ field: 'consent', code: 'CONSENT_REQUIRED' }]),
      ...draft.requiredPhotos
        .filter((k) => !draft.photos[k])
        .map((k) => ({ field: k, code: 'PHOTO_REQUIRED' })),
    ].map((f) => ({ ...f, message: translate(f.code, lang) }));
    if (fields.length > 0) return setErrors(fields);
    setErrors(null);
    goTo(4);
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="reg-photos-heading">
      <h2 id="reg-photos-heading" className="form__heading">
        {t('registration.photos.heading')}
      </h2>
      {errors && (
        <ErrorSummary
          id="reg-error-summary"
          title={t('errorSummary.title')}
          // "Vui lòng tải lên ảnh này" twice says nothing: name each photo in the summary
          items={errors.map((f) => ({
            target: FIELD_IDS[f.field],
            message:
              f.field in PHOTO_KIND_LABELS
                ? `${PHOTO_KIND_LABELS[f.field as PhotoKind][lang]}: ${f.message}`
                : f.message,
          }))}
          focusKey={errors}
        />
      )}
      {draft.verified ? (
        <Notice tone="success" id="reg-registry-verified">
          <p className="notice__title">{t('registration.photos.verified')}</p>
          <p>{t('registration.photos.verifiedNote')}</p>
        </Notice>
      ) : (
        <Notice id="reg-registry-unverified">
          {draft.idKind === 'cccd'
            ? t('registration.photos.unverified')
            : t('registration.photos.allRequired')}
        </Notice>
      )}
      <ConsentBox flow={flow} missingError={missing('consent')} />
      {PHOTO_KINDS.map((kind) => (
        <PhotoField
          key={kind}
          kind={kind}
          flow={flow}
          required={required(kind)}
          consented={consented}
          missingError={missing(kind)}
        />
      ))}
      <div className="form__actions">
        <Button variant="secondary" onClick={() => goTo(2)}>
          {t('registration.back')}
        </Button>
        <Button type="submit">{t('registration.continue')}</Button>
      </div>
    </form>
  );
}
