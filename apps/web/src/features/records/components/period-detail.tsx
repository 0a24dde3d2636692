import type { ParticipationPeriodView } from '@vssid/contracts';
import { formatCoefficient, formatMoneyDecimal, formatMonth } from '@vssid/domain';
import { useTranslation } from 'react-i18next';

/** "Chi tiết" of one period, in the order the VssID app prints it. */
export function PeriodDetail({ period }: { period: ParticipationPeriodView }) {
  const { t } = useTranslation();
  const coefficient = Number(period.salaryCoefficient);
  const rows: [string, string][] = [
    [t('records.participation.fromMonth'), formatMonth(period.fromMonth)],
    [t('records.participation.toMonth'), formatMonth(period.toMonth)],
    [t('records.participation.position'), period.position ?? '—'],
    [t('records.participation.workUnit'), period.employerName],
    [t('records.participation.workplace'), period.workplace ?? '—'],
    [t('records.participation.currency'), period.currency],
    [
      t('records.participation.salary'),
      period.salary === null ? '—' : formatMoneyDecimal(period.salary),
    ],
    [
      t('records.participation.coefficient'),
      period.salaryCoefficient && Number.isFinite(coefficient)
        ? formatCoefficient(coefficient)
        : '—',
    ],
  ];
  return (
    <section className="period-detail" aria-label={t('records.participation.detail')}>
      <h3>{t('records.participation.detail')}</h3>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
