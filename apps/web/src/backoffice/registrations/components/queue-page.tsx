import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { BoPage } from '../../components/bo-page.tsx';
import { ListState } from '../../components/list-state.tsx';
import { useRegistrationQueue } from '../api/registrations.ts';
import { dialogOpen, shortcutKey } from '../keyboard.ts';
import {
  type QueueFilters as Filters,
  filtersFrom,
  filtersToParams,
  PAGE_SIZE,
  toQuery,
} from '../queue-params.ts';
import { Pager } from './pager.tsx';
import { QueueFilters } from './queue-filters.tsx';
import { QueueTable } from './queue-table.tsx';

/** "Hồ sơ đăng ký": the agency's applications, filtered and paged in the address bar. */
export function QueuePage() {
  const { t } = useTranslation('backoffice');
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const queue = useRegistrationQueue(toQuery(filters));
  const go = (next: Filters) => setParams(filtersToParams(next));
  const search = params.toString() ? `?${params.toString()}` : '';
  const { page: _page, ...filterKey } = filters;
  const navigate = useNavigate();
  // J: the first application of the filtered list (from there J/K walk the queue, filters kept).
  const first = useRef<string | undefined>(undefined);
  first.current = queue.data?.items[0]?.id;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (dialogOpen() || shortcutKey(e) !== 'j' || !first.current) return;
      e.preventDefault();
      navigate(`${first.current}${window.location.search}`);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
  return (
    <BoPage title={t('shell.applications')} lead={t('registrations.lead')}>
      <p className="bo-keys-hint" id="queue-keys">
        {t('registrations.keys.queueHint')}
      </p>
      {/* remounted when the address bar changes (back/forward), so the fields follow it */}
      <QueueFilters key={JSON.stringify(filterKey)} value={filters} onApply={go} />
      <ListState pending={queue.isPending} error={queue.isPlaceholderData ? null : queue.error}>
        {queue.data && (
          <div className="bo-table">
            <Pager
              page={filters.page}
              pageSize={PAGE_SIZE}
              total={queue.data.total}
              onPage={(page) => go({ ...filters, page })}
            />
            <QueueTable rows={queue.data.items} search={search} busy={queue.isFetching} />
          </div>
        )}
      </ListState>
    </BoPage>
  );
}
