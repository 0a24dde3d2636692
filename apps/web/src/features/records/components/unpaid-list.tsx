import type { Participation } from '@vssid/contracts';
import { formatMonth } from '@vssid/domain';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../i18n/format.ts';

/** "chưa đóng": months an employer owes, named, and not in the total. */
export function UnpaidList({ periods }: { periods: Participation['unpaid'] }) {
  const { t } = useTranslation();
  return (
    <section className="card unpaid" id="unpaid" aria-labelledby="unpaid-title">
      <h2 id="unpaid-title">{t('records.participation.unpaidTitle')}</h2>
      <p className="muted">{t('records.participation.unpaidNote')}</p>
      <ul className="unpaid__list">
        {periods.map((p) => (
          <li key={p.id}>
            <strong className="nowrap">
              {formatMonth(p.fromMonth)} - {formatMonth(p.toMonth)}
            </strong>
            <span>{p.employerName}</span>
            <span className="unpaid__months">
              {t('records.participation.unpaidMonths', { duration: formatDuration(t, p.months) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
