import { useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../lib/components/icon.tsx';
import { PATHS } from '../../../lib/paths.ts';
import type { Submitted } from './agency-step.tsx';

/** After "Xác nhận": the application number and what happens next (print, sign, hand in). */
export function DonePanel({ submitted }: { submitted: Submitted }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="success-panel" id="reg-done" aria-labelledby="reg-done-title">
      <Icon name="checkCircle" size={40} className="success-panel__icon" />
      <h2 id="reg-done-title" ref={heading} tabIndex={-1}>
        {t('registration.done.title')}
      </h2>
      <p>
        <Trans
          i18nKey="registration.done.number"
          values={{ number: submitted.applicationNumber }}
          components={{ ref: <strong className="nowrap" id="reg-application-number" /> }}
        />
      </p>
      <p>{t('registration.done.mail', { email: submitted.maskedEmail })}</p>
      <p>{t('registration.done.next')}</p>
      <p className="muted">{t('registration.done.statusHint')}</p>
      <div className="stack">
        <Link
          to={`${PATHS.registerStatus}?ma=${encodeURIComponent(submitted.applicationNumber)}`}
          className="button button--secondary"
        >
          {t('registration.done.status')}
        </Link>
        <Link to={PATHS.personal} className="button button--primary">
          {t('registration.done.home')}
        </Link>
      </div>
    </section>
  );
}
