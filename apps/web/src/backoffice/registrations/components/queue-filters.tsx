import { REGISTRATION_STATUS_LABELS, REGISTRATION_STATUSES, translate } from '@vssid/contracts';
import { formatDate, isValidIsoDate, parseDate } from '@vssid/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { useAgencyDrives } from '../api/registrations.ts';
import type { QueueFilters as Filters } from '../queue-params.ts';
import { DateFilter } from './date-filter.tsx';

const shown = (iso: string) => (isValidIsoDate(iso) ? formatDate(iso) : iso);

/** '' stays '' (no bound); anything else must be a real dd/mm/yyyy date. */
function typedDate(text: string): { iso: string } | { error: string } {
  if (text.trim() === '') return { iso: '' };
  const r = parseDate(text);
  return r.ok ? { iso: r.value } : { error: r.error };
}

interface QueueFiltersProps {
  value: Filters;
  onApply: (next: Filters) => void;
}

/** Status, submission dates and free text; applied with "Lọc" (or Enter), page back to 1. */
export function QueueFilters({ value, onApply }: QueueFiltersProps) {
  const { t } = useTranslation('backoffice');
  const [lang] = useLang();
  // the dates as typed (dd/mm/yyyy); the address bar and the API hold ISO dates
  const [draft, setDraft] = useState({ ...value, from: shown(value.from), to: shown(value.to) });
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const set = (patch: Partial<Filters>) => setDraft((d) => ({ ...d, ...patch }));
  // Only when the agency receives a drive (a university's registration campaign).
  const drives = useAgencyDrives().data?.items ?? [];
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const from = typedDate(draft.from);
    const to = typedDate(draft.to);
    const message = (r: typeof from) => ('error' in r ? translate(r.error, lang) : undefined);
    setErrors({ from: message(from), to: message(to) });
    if ('iso' in from && 'iso' in to) onApply({ ...draft, from: from.iso, to: to.iso, page: 1 });
  };
  const clear = () => {
    setDraft({ status: 'pending', from: '', to: '', q: '', drive: '', page: 1 });
    setErrors({});
    onApply({ status: 'pending', from: '', to: '', q: '', drive: '', page: 1 });
  };
  return (
    <form className="bo-filters" onSubmit={onSubmit} aria-label={t('registrations.filters.label')}>
      <div className="field">
        <label className="field__label" htmlFor="queue-status">
          {t('registrations.filters.status')}
        </label>
        <select
          id="queue-status"
          className="input"
          value={draft.status}
          onChange={(e) => set({ status: e.target.value as Filters['status'] })}
        >
          <option value="all">{t('registrations.filters.all')}</option>
          {REGISTRATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {REGISTRATION_STATUS_LABELS[s][lang]}
            </option>
          ))}
        </select>
      </div>
      {(drives.length > 0 || draft.drive) && (
        <div className="field">
          <label className="field__label" htmlFor="queue-drive">
            {t('registrations.filters.drive')}
          </label>
          <select
            id="queue-drive"
            className="input"
            value={draft.drive}
            onChange={(e) => set({ drive: e.target.value })}
          >
            <option value="">{t('registrations.filters.allDrives')}</option>
            {drives.map((d) => (
              <option key={d.id} value={d.id}>
                {`${d.organizationName} – ${d.name}`}
              </option>
            ))}
          </select>
        </div>
      )}
      <DateFilter
        id="queue-from"
        label={t('registrations.filters.from')}
        value={draft.from}
        error={errors.from}
        onChange={(from) => set({ from })}
      />
      <DateFilter
        id="queue-to"
        label={t('registrations.filters.to')}
        value={draft.to}
        error={errors.to}
        onChange={(to) => set({ to })}
      />
      <div className="field bo-filters__search">
        <label className="field__label" htmlFor="queue-q">
          {t('registrations.filters.q')}
        </label>
        <input
          id="queue-q"
          className="input"
          type="search"
          placeholder={t('registrations.filters.qHint')}
          value={draft.q}
          onChange={(e) => set({ q: e.target.value })}
        />
      </div>
      <div className="bo-filters__actions">
        <button type="submit" className="button button--primary button--small">
          {t('registrations.filters.apply')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={clear}>
          {t('registrations.filters.clear')}
        </button>
      </div>
    </form>
  );
}
