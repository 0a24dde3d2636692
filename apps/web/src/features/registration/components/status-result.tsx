import { REGISTRATION_STATUS_LABELS, type RegistrationStatusInfo } from '@vssid/contracts';
import { formatDate } from '@vssid/domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../../i18n/use-lang.ts';
import { PATHS } from '../../../lib/paths.ts';

const day = (iso: string) => formatDate(new Date(iso));

/** Chờ duyệt / Đã duyệt / Bị từ chối (with the reason), and what to do next. */
export function StatusResult({ status }: { status: RegistrationStatusInfo }) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const s = status.status;
  return (
    <section className="status-card" id="status-result" aria-labelledby="status-result-title">
      <h2 id="status-result-title" ref={heading} tabIndex={-1}>
        <span className={`status-badge status-badge--${s}`}>
          {REGISTRATION_STATUS_LABELS[s][lang]}
        </span>
      </h2>
      <dl className="facts">
        <dt>{t('registration.status.number')}</dt>
        <dd className="nowrap">{status.applicationNumber}</dd>
        <dt>{t('registration.status.submittedAt')}</dt>
        <dd>{day(status.submittedAt)}</dd>
        {status.decidedAt && (
          <>
            <dt>{t('registration.status.decidedAt')}</dt>
            <dd>{day(status.decidedAt)}</dd>
          </>
        )}
        <dt>{t('registration.status.agency')}</dt>
        <dd>
          {status.agency.name}
          <br />
          {t('registration.agency.phone', { phone: status.agency.phone })}
          <br />
          {t('registration.agency.address', { address: status.agency.address })}
        </dd>
        {status.rejectReason && (
          <>
            <dt>{t('registration.status.reason')}</dt>
            <dd id="status-reason">
              {status.rejectReason.label}
              {status.rejectReason.note && `: ${status.rejectReason.note}`}
            </dd>
          </>
        )}
      </dl>
      <p>{t(`registration.status.next.${s}`)}</p>
      {s === 'rejected' && (
        <Link to={PATHS.register} className="button button--primary">
          {t('registration.status.again')}
        </Link>
      )}
      {s === 'approved' && (
        <Link to={PATHS.login} className="button button--primary">
          {t('registration.status.signIn')}
        </Link>
      )}
    </section>
  );
}
