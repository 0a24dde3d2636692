import type { Agency } from '@vssid/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrorMessage } from '../../../lib/components/field-error.tsx';
import { RequiredMark } from '../../../lib/components/required-mark.tsx';
import { useAgencies } from '../api/agencies.ts';

export const AGENCY_SEARCH_ID = 'reg-agency-search';
/** Agencies shown at once: the page stays short and the email field within reach. */
export const AGENCIES_SHOWN = 4;
const SEARCH_DELAY_MS = 250;

interface AgencyListProps {
  /** The applicant's province (step 2): its agencies are listed first, and say why. */
  provinceCode: string;
  value: string;
  onChange: (agencyId: string) => void;
  error?: string;
}

/** What was typed, once the person paused typing. */
function useSettled(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * "Cơ quan BHXH tiếp nhận": a search box over a short list of radio cards (name, phone, address).
 * Without a search, the agencies of the applicant's province (the provincial one first); with one,
 * the server's best matches across the country. The chosen agency stays on the list.
 */
export function AgencyList({ provinceCode, value, onChange, error }: AgencyListProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const q = useSettled(query, SEARCH_DELAY_MS);
  const found = useAgencies(provinceCode || undefined, q);
  const [picked, setPicked] = useState<Agency | null>(null);
  const items = found.data ?? [];
  const chosen = picked?.id === value ? picked : (items.find((a) => a.id === value) ?? null);
  const top = items.slice(0, AGENCIES_SHOWN);
  const shown = chosen && !top.some((a) => a.id === chosen.id) ? [chosen, ...top] : top;
  const searching = q.trim() !== '';

  return (
    <fieldset
      className={error ? 'field field--error agencies' : 'field agencies'}
      aria-describedby={error ? 'reg-agency-error' : undefined}
    >
      <legend className="field__label">
        {t('registration.agency.label')}
        <RequiredMark />
      </legend>
      <label className="agencies__search-label" htmlFor={AGENCY_SEARCH_ID}>
        {t('registration.agency.search')}
      </label>
      <input
        id={AGENCY_SEARCH_ID}
        className="input"
        type="search"
        autoComplete="off"
        aria-describedby="reg-agency-search-hint"
        aria-controls="reg-agency-list"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="field__hint" id="reg-agency-search-hint">
        {t('registration.agency.searchHint')}
      </p>
      {error && <FieldErrorMessage id="reg-agency-error" message={error} />}
      {!found.data ? (
        <p className="muted" role="status">
          {found.isError ? t('registration.picker.loadFailed') : t('common.loading')}
        </p>
      ) : (
        <>
          <ul className="agencies__list" id="reg-agency-list" aria-busy={found.isFetching}>
            {shown.map((a) => (
              <li key={a.id}>
                <input
                  type="radio"
                  id={`reg-agency-${a.id}`}
                  name="agencyId"
                  className="agency__radio"
                  value={a.id}
                  checked={value === a.id}
                  onChange={() => {
                    setPicked(a);
                    onChange(a.id);
                  }}
                />
                <label htmlFor={`reg-agency-${a.id}`} className="agency">
                  <span className="agency__name">{a.name}</span>
                  {a.provinceCode === provinceCode && (
                    <span className="agency__badge">{t('registration.agency.suggested')}</span>
                  )}
                  <span>{t('registration.agency.phone', { phone: a.phone })}</span>
                  <span className="agency__address">
                    {t('registration.agency.address', { address: a.address })}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {items.length === 0 ? (
            <p className="muted" role="status">
              {t('registration.agency.none')}
            </p>
          ) : items.length > AGENCIES_SHOWN ? (
            <p className="field__hint" id="reg-agency-more">
              {searching
                ? t('registration.agency.moreFound', { shown: AGENCIES_SHOWN })
                : t('registration.agency.more')}
            </p>
          ) : null}
        </>
      )}
    </fieldset>
  );
}
