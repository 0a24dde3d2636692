import type { RecordScheme } from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../i18n/format.ts';
import { useParticipation } from '../api/participation.ts';
import { NoParticipationNotice } from './no-participation-notice.tsx';
import { ParticipationDownloads } from './participation-downloads.tsx';
import { PeriodRow } from './period-row.tsx';
import { QueryError } from './query-error.tsx';
import { RecordsSkeleton } from './records-skeleton.tsx';
import { SalaryChart } from './salary-chart.tsx';
import { UnpaidList } from './unpaid-list.tsx';

/** One insurance's history: total, chart, paid periods (tap for "Chi tiết"), unpaid months. */
export function ParticipationPanel({ scheme }: { scheme: RecordScheme }) {
  const { t } = useTranslation();
  const query = useParticipation(scheme);
  if (query.isPending) return <RecordsSkeleton rows={4} />;
  if (query.isError) {
    return <QueryError error={query.error} retrying={query.isFetching} onRetry={query.refetch} />;
  }
  const data = query.data;
  if (data.periods.length === 0 && data.unpaid.length === 0)
    return <NoParticipationNotice scheme={scheme} />;
  return (
    <div className="stack" aria-busy={query.isPlaceholderData}>
      <h2 className="records-total" id="participation-total">
        {t('records.participation.total', { duration: formatDuration(t, data.total.months) })}
      </h2>
      {data.unpaid.length > 0 && <UnpaidList periods={data.unpaid} />}
      {data.salarySeries.length > 1 && <SalaryChart points={data.salarySeries} />}
      {data.periods.length === 0 ? (
        <p className="records-empty">{t('records.empty')}</p>
      ) : (
        <ul className="period-list" id="period-list">
          {data.periods.map((period) => (
            <PeriodRow key={period.id} period={period} />
          ))}
        </ul>
      )}
      <ParticipationDownloads scheme={scheme} />
    </div>
  );
}
