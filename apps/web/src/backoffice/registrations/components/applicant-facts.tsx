import type { AdminRegistrationDetail } from '@vssid/contracts';
import { formatDate, isValidIsoDate } from '@vssid/domain';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format-date-time.ts';

/** The applicant's data; a row that differs from the records is marked (not by colour alone). */
export function ApplicantFacts({ detail }: { detail: AdminRegistrationDetail }) {
  const { t } = useTranslation('backoffice');
  const a = detail.applicant;
  const differs = new Set(detail.differences.map((d) => d.field));
  const k = (key: string) => t(`registrations.detail.${key}` as 'registrations.detail.phone');
  const rows: [string, string, boolean?][] = [
    [k('bhxhCode'), a.bhxhCode],
    [k('fullName'), a.fullName, differs.has('fullName')],
    [
      k('birthDate'),
      isValidIsoDate(a.birthDate) ? formatDate(a.birthDate) : a.birthDate,
      differs.has('birthDate'),
    ],
    [
      k('idNumber'),
      `${t(`registrations.detail.idKinds.${a.idKind}`)} ${a.idNumber}`,
      differs.has('idNumber'),
    ],
    [k('address'), a.address],
    [k('phone'), a.phone],
    [k('email'), a.email],
    [k('agency'), detail.agency.name],
    [
      k('registry'),
      `${t(`registrations.registry.${detail.registry.result}`)} ${
        detail.registry.checkedAt
          ? t('registrations.detail.checkedAt', { time: formatDateTime(detail.registry.checkedAt) })
          : ''
      }`,
    ],
    [k('consent'), formatDateTime(detail.consentAt)],
  ];
  return (
    <section className="bo-card" aria-labelledby="applicant-title">
      <h2 id="applicant-title">{k('applicant')}</h2>
      <dl className="bo-facts">
        {rows.map(([label, value, marked]) => (
          <div
            key={label}
            className={marked ? 'bo-facts__row bo-facts__row--differs' : 'bo-facts__row'}
          >
            <dt>{label}</dt>
            <dd>
              {value}
              {marked && (
                <span className="bo-facts__marker">
                  {t('registrations.detail.differences.marker')}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
