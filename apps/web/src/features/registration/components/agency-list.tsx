import type { Agency } from '@vssid/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrorMessage } from '../../../lib/components/field-error.tsx';
import { RequiredMark } from '../../../lib/components/required-mark.tsx';
import { filterOptions } from '../../../lib/filter-options.ts';

export const AGENCY_SEARCH_ID = 'reg-agency-search';

interface AgencyListProps {
  agencies: readonly Agency[];
  /** The applicant's province: its agency is listed first, and says why. */
  provinceCode: string;
  value: string;
  onChange: (agencyId: string) => void;
  error?: string;
}

/** "Cơ quan BHXH tiếp nhận": a search box over a list of radio cards (name, phone, address). */
export function AgencyList({ agencies, provinceCode, value, onChange, error }: AgencyListProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const options = agencies.map((a) => ({
    value: a.id,
    label: a.name,
    details: [
      t('registration.agency.phone', { phone: a.phone }),
      t('registration.agency.address', { address: a.address }),
    ],
    own: a.provinceCode === provinceCode,
  }));
  const own = options.filter((o) => o.own);
  const shown = filterOptions([...own, ...options.filter((o) => !o.own)], query);
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
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="field__hint" id="reg-agency-search-hint">
        {t('registration.agency.searchHint')}
      </p>
      {error && <FieldErrorMessage id="reg-agency-error" message={error} />}
      <ul className="agencies__list">
        {shown.map((o) => (
          <li key={o.value}>
            <input
              type="radio"
              id={`reg-agency-${o.value}`}
              name="agencyId"
              className="agency__radio"
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <label htmlFor={`reg-agency-${o.value}`} className="agency">
              <span className="agency__name">{o.label}</span>
              {o.own && <span className="agency__badge">{t('registration.agency.suggested')}</span>}
              {o.details.map((line) => (
                <span key={line}>{line}</span>
              ))}
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="muted">{t('registration.agency.none')}</p>}
    </fieldset>
  );
}
