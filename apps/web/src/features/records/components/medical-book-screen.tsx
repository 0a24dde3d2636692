import { useTranslation } from 'react-i18next';
import { Screen } from '../../../lib/components/screen.tsx';
import { PATHS } from '../../../lib/paths.ts';
import { useMedicalVisits } from '../api/medical-visits.ts';
import '../records.css';
import { QueryError } from './query-error.tsx';
import { RecordsSkeleton } from './records-skeleton.tsx';
import { VisitItem } from './visit-item.tsx';

/** "Sổ khám chữa bệnh": BHYT visits grouped by year, newest first. */
export function MedicalBookScreen() {
  const { t } = useTranslation();
  const query = useMedicalVisits();
  const years = query.data?.years.filter((y) => y.visits.length > 0) ?? [];
  return (
    <Screen title={t('screens.medicalBook.title')} backTo={PATHS.personal}>
      {query.isPending ? (
        <RecordsSkeleton rows={3} />
      ) : query.isError ? (
        <QueryError error={query.error} retrying={query.isFetching} onRetry={query.refetch} />
      ) : years.length === 0 ? (
        <p className="records-empty">{t('records.visits.empty')}</p>
      ) : (
        <div className="stack stack--loose" id="visit-years">
          {years.map(({ year, visits }) => (
            <section key={year} aria-labelledby={`visits-${year}`}>
              <h2 className="records-year" id={`visits-${year}`}>
                {t('records.visits.year', { year })}
              </h2>
              <ul className="visit-list">
                {visits.map((visit) => (
                  <VisitItem key={visit.id} visit={visit} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Screen>
  );
}
