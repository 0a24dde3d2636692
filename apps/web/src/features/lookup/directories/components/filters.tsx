import {
  EMPLOYER_STATUSES,
  type EmployerStatus,
  FACILITY_LEVELS,
  type FacilityLevel,
} from '@vssid/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../../lib/components/form-field.tsx';
import { Icon } from '../../../../lib/components/icon.tsx';
import { useCommunes, useProvinces } from '../../../registration/api/admin-units.ts';
import type { DirectoryId, DirectoryParams } from '../directory-params.ts';

export const FIELD_IDS = {
  q: 'dir-q',
  provinceCode: 'dir-province',
  communeCode: 'dir-commune',
  initialRegistration: 'dir-initial',
  level: 'dir-level',
  status: 'dir-status',
  lat: 'dir-near-me',
  lng: 'dir-near-me',
} as const;

interface FiltersProps {
  id: DirectoryId;
  params: DirectoryParams;
  text: string;
  onText: (text: string) => void;
  /** Enter / the keyboard's search key: search now, without waiting for the pause. */
  onSubmit: () => void;
  onChange: (patch: Partial<DirectoryParams>) => void;
  errors: Partial<Record<keyof typeof FIELD_IDS, string>>;
}

/** Search box, Tỉnh/TP, Phường/Xã and the directory's own filters; every change searches. */
export function DirectoryFilters({
  id,
  params: urlParams,
  text,
  onText,
  onSubmit,
  onChange: onUrlChange,
  errors,
}: FiltersProps) {
  const { t } = useTranslation();
  // The URL catches up a moment after a change; show the choice at once (no flicker back).
  const [shown, setShown] = useState(urlParams);
  useEffect(() => setShown(urlParams), [urlParams]);
  const params = shown;
  const onChange = (patch: Partial<DirectoryParams>) => {
    setShown((prev) => ({ ...prev, ...patch }));
    onUrlChange(patch);
  };
  const provinces = useProvinces();
  const communes = useCommunes(params.provinceCode);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const noProvince = params.provinceCode === '';
  return (
    <search aria-label={t('directories.filters')}>
      <form className="form dir-filters" onSubmit={submit}>
        <FormField id={FIELD_IDS.q} label={t('directories.search')} error={errors.q}>
          {(control) => (
            <div className="dir-search">
              <Icon name="search" className="dir-search__icon" />
              <input
                {...control}
                className="input dir-search__input"
                name="q"
                type="search"
                enterKeyHint="search"
                autoComplete="off"
                spellCheck={false}
                placeholder={t(`directories.placeholders.${id}`)}
                value={text}
                onChange={(e) => onText(e.target.value)}
              />
            </div>
          )}
        </FormField>
        <FormField
          id={FIELD_IDS.provinceCode}
          label={t('directories.province')}
          error={errors.provinceCode}
        >
          {(control) => (
            <select
              {...control}
              className="input dir-select"
              name="provinceCode"
              value={params.provinceCode}
              aria-busy={provinces.isPending || undefined}
              onChange={(e) => onChange({ provinceCode: e.target.value, communeCode: '' })}
            >
              <option value="">
                {provinces.isPending ? t('common.loading') : t('directories.allProvinces')}
              </option>
              {provinces.data?.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={FIELD_IDS.communeCode}
          label={t('directories.commune')}
          error={errors.communeCode}
        >
          {(control) => (
            <select
              {...control}
              className="input dir-select"
              name="communeCode"
              value={params.communeCode}
              disabled={noProvince}
              aria-busy={communes.isFetching || undefined}
              onChange={(e) => onChange({ communeCode: e.target.value })}
            >
              <option value="">
                {noProvince
                  ? t('directories.communeHint')
                  : communes.isFetching
                    ? t('common.loading')
                    : t('directories.allCommunes')}
              </option>
              {communes.data?.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {id === 'bhyt' && (
          <>
            <div className="checkbox dir-checkbox">
              <input
                id={FIELD_IDS.initialRegistration}
                type="checkbox"
                checked={params.initialRegistration}
                onChange={(e) => onChange({ initialRegistration: e.target.checked })}
              />
              <label htmlFor={FIELD_IDS.initialRegistration}>{t('directories.initialOnly')}</label>
            </div>
            <FormField id={FIELD_IDS.level} label={t('directories.level')}>
              {(control) => (
                <select
                  {...control}
                  className="input dir-select"
                  name="level"
                  value={params.level}
                  onChange={(e) => onChange({ level: e.target.value as FacilityLevel | '' })}
                >
                  <option value="">{t('directories.allLevels')}</option>
                  {FACILITY_LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {t(`directories.levels.${l}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </>
        )}
        {id === 'employers' && (
          <FormField id={FIELD_IDS.status} label={t('directories.status')}>
            {(control) => (
              <select
                {...control}
                className="input dir-select"
                name="status"
                value={params.status}
                onChange={(e) => onChange({ status: e.target.value as EmployerStatus | '' })}
              >
                <option value="">{t('directories.allStatuses')}</option>
                {EMPLOYER_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`directories.statuses.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </form>
    </search>
  );
}
