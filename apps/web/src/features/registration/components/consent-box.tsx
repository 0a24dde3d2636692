import { useMutation } from '@tanstack/react-query';
import { formatDate } from '@vssid/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { FieldErrorMessage } from '../../../lib/components/field-error.tsx';
import { Icon } from '../../../lib/components/icon.tsx';
import { errorsFromApi, messageFor } from '../../../lib/form-errors.ts';
import { giveConsent } from '../api/applicant.ts';
import type { RegistrationFlow } from '../hooks/use-registration-flow.ts';

export const CONSENT_ID = 'reg-consent';

interface ConsentBoxProps {
  flow: RegistrationFlow;
  missingError?: string;
}

/** The explicit consent (Law 91/2025/QH15) asked before any photo leaves the phone. */
export function ConsentBox({ flow, missingError }: ConsentBoxProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const consentAt = flow.draft?.consentAt;
  // ticked at once (not when the server answers), unticked again if it refuses
  const [ticked, setTicked] = useState(false);
  const consent = useMutation({
    mutationFn: async () => giveConsent(await flow.ensureDraft()),
    onSuccess: flow.setDraft,
    onError: () => setTicked(false),
  });
  const failed = consent.error ? errorsFromApi(consent.error, lang).general : undefined;
  const error = failed ? messageFor(failed, lang) : missingError;
  return (
    <section
      className={error && !consentAt ? 'consent field--error' : 'consent'}
      aria-labelledby="reg-consent-title"
    >
      <h3 id="reg-consent-title" className="consent__title">
        {t('registration.photos.consentTitle')}
      </h3>
      <p id="reg-consent-text">{t('registration.photos.consentText')}</p>
      {consentAt ? (
        // once recorded, consent is part of the application: it is stated, not a live control
        <p className="consent__given" id={CONSENT_ID} tabIndex={-1}>
          <Icon name="checkCircle" size={20} />
          {t('registration.photos.consentGiven', { date: formatDate(new Date(consentAt)) })}
        </p>
      ) : (
        <div className="checkbox">
          <input
            id={CONSENT_ID}
            type="checkbox"
            checked={ticked}
            aria-describedby={error ? `${CONSENT_ID}-error reg-consent-text` : 'reg-consent-text'}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setTicked(e.target.checked);
              if (e.target.checked && !consent.isPending) consent.mutate();
            }}
          />
          <label htmlFor={CONSENT_ID}>{t('registration.photos.consentLabel')}</label>
        </div>
      )}
      {error && !consentAt && <FieldErrorMessage id={`${CONSENT_ID}-error`} message={error} />}
    </section>
  );
}
