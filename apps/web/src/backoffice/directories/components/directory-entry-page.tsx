import {
  DIRECTORY_IMPORT_COLUMNS,
  type DirectoryEntry,
  type DirectoryKind,
} from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useCommunes, useProvinces } from '../../../features/registration/api/admin-units.ts';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { ErrorSummary } from '../../../lib/components/error-summary.tsx';
import { FormField } from '../../../lib/components/form-field.tsx';
import { Notice } from '../../../lib/components/notice.tsx';
import {
  errorsFromApi,
  type FormErrors,
  fieldError,
  messageFor,
} from '../../../lib/form-errors.ts';
import { BoPage } from '../../components/bo-page.tsx';
import { ListState } from '../../components/list-state.tsx';
import {
  useCreateDirectoryEntry,
  useDirectoryEntry,
  useSaveDirectoryEntry,
} from '../api/directories.ts';
import { directoryControls, type FieldControl, isRequired } from '../directory-fields.ts';
import { DirectoryTabs } from './directory-tabs.tsx';

/** One directory record: the edit form (labels above, errors under fields and in a summary). */
export function DirectoryEntryPage({ kind, id }: { kind: DirectoryKind; id: string }) {
  const { t } = useTranslation('backoffice');
  const entry = useDirectoryEntry(kind, id);
  const { search } = useLocation();
  return (
    <BoPage
      title={
        entry.data
          ? t('directories.edit.title', { name: entry.data.values.name })
          : t('directories.title')
      }
    >
      <DirectoryTabs current={kind} />
      <p>
        <Link to={`..${search}`} relative="path" className="bo-back">
          {t('directories.edit.back')}
        </Link>
      </p>
      <ListState pending={entry.isPending} error={entry.error}>
        {/* keyed by id: a new record starts from its own values; a save keeps what was typed */}
        {entry.data && <EntryForm key={entry.data.id} kind={kind} entry={entry.data} />}
      </ListState>
    </BoPage>
  );
}

/** "Thêm bản ghi": the same form, empty; once created, the record's own edit page. */
export function DirectoryNewPage({ kind }: { kind: DirectoryKind }) {
  const { t } = useTranslation('backoffice');
  const { search } = useLocation();
  return (
    <BoPage title={t('directories.edit.newTitle', { kind: t(`directories.kinds.${kind}`) })}>
      <DirectoryTabs current={kind} />
      <p>
        <Link to={`..${search}`} relative="path" className="bo-back">
          {t('directories.edit.back')}
        </Link>
      </p>
      <EntryForm kind={kind} entry={null} />
    </BoPage>
  );
}

const EMPTY_BOOLS = ['bhyt_contracted', 'accepts_initial_registration', 'issues_sick_leave'];
const emptyValues = (kind: DirectoryKind) =>
  Object.fromEntries(
    DIRECTORY_IMPORT_COLUMNS[kind].map((c) => [c, EMPTY_BOOLS.includes(c) ? '0' : '']),
  );

function EntryForm({ kind, entry }: { kind: DirectoryKind; entry: DirectoryEntry | null }) {
  const { t } = useTranslation('backoffice');
  const { t: tc } = useTranslation();
  const [lang] = useLang();
  const { state, search } = useLocation();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<string, string>>(entry?.values ?? emptyValues(kind));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  // just created (the new page moved here): say so once
  const [saved, setSaved] = useState<false | 'saved' | 'created'>(
    (state as { created?: boolean } | null)?.created ? 'created' : false,
  );
  const save = useSaveDirectoryEntry(kind, entry?.id ?? '');
  const create = useCreateDirectoryEntry(kind);
  const pending = save.isPending || create.isPending;
  const controls = directoryControls(kind, {
    agencyKind: t('directories.options.agencyKind', { returnObjects: true }),
    ownership: t('directories.options.ownership', { returnObjects: true }),
  });
  const set = (col: string, v: string) => {
    setSaved(false);
    setValues((old) => ({
      ...old,
      [col]: v,
      // another province: its communes differ
      ...(col === 'province_code' && v !== old.province_code ? { commune_code: '' } : {}),
    }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    setErrors(null);
    setSaved(false);
    const onError = (err: unknown) => setErrors(errorsFromApi(err, lang));
    if (entry) save.mutate(values, { onSuccess: () => setSaved('saved'), onError });
    else
      create.mutate(values, {
        onSuccess: (created) =>
          navigate(`../${created.id}${search}`, { relative: 'path', state: { created: true } }),
        onError,
      });
  };
  // The summary names each field ("Điện thoại: …"): several fields share one message.
  const order = controls.map((c) => c.col);
  const items = [...(errors?.fields ?? [])]
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
    .map((f) => ({
      target: `dir-${f.field}`,
      message: `${t(`directories.fields.${f.field}` as 'directories.fields.code')}: ${messageFor(f, lang)}`,
    }));
  return (
    <form className="dir-form" onSubmit={submit} noValidate>
      {entry?.demo && !saved && <Notice>{t('directories.edit.demoNote')}</Notice>}
      {/* arriving from "Thêm bản ghi": at the top, where the new page starts */}
      {saved === 'created' && (
        <Notice tone="success" id="dir-saved">
          {t('directories.edit.created')}
        </Notice>
      )}
      {errors && (
        <ErrorSummary
          id="dir-errors"
          title={items.length > 0 ? tc('errorSummary.title') : tc('errorSummary.generalTitle')}
          message={
            errors.general && items.length === 0 ? messageFor(errors.general, lang) : undefined
          }
          items={items}
          focusKey={errors}
        />
      )}
      <div className="dir-form__grid">
        {controls.map(({ col, control }) => (
          <Control
            key={col}
            kind={kind}
            col={col}
            control={control}
            values={values}
            error={fieldError(errors, col, lang)}
            onChange={(v) => set(col, v)}
          />
        ))}
      </div>
      {/* next to the button just pressed, where the eyes are */}
      {saved === 'saved' && (
        <Notice tone="success" id="dir-saved">
          {t('directories.edit.saved')}
        </Notice>
      )}
      <div className="dir-form__actions">
        <Button
          type="submit"
          id="dir-save"
          pending={pending}
          pendingLabel={t('directories.edit.saving')}
        >
          {entry ? t('directories.edit.save') : t('directories.edit.add')}
        </Button>
      </div>
    </form>
  );
}

interface ControlProps {
  kind: DirectoryKind;
  col: string;
  control: FieldControl;
  values: Record<string, string>;
  error: string | undefined;
  onChange: (v: string) => void;
}

function Control({ kind, col, control, values, error, onChange }: ControlProps) {
  const { t } = useTranslation('backoffice');
  const id = `dir-${col}`;
  const label = t(`directories.fields.${col}` as 'directories.fields.code');
  const hints: Record<string, string> = t('directories.hints', { returnObjects: true });
  // "5 chữ số" is the facility code's rule only
  const hint = col !== 'code' || kind === 'health-facilities' ? hints[col] : undefined;
  const value = values[col] ?? '';
  const wide = control.type === 'text' && control.wide;
  if (control.type === 'bool') {
    return (
      <div className={error ? 'field field--error dir-form__bool' : 'field dir-form__bool'}>
        <div className="checkbox">
          <input
            id={id}
            type="checkbox"
            checked={value === '1'}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => onChange(e.target.checked ? '1' : '0')}
          />
          <label htmlFor={id}>{label}</label>
        </div>
        {error && (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className={wide ? 'dir-form__wide' : undefined}>
      <FormField id={id} label={label} hint={hint} error={error} required={isRequired(kind, col)}>
        {(props) => {
          if (control.type === 'province')
            return <ProvinceSelect {...props} value={value} onChange={onChange} />;
          if (control.type === 'commune')
            return (
              <CommuneSelect
                {...props}
                provinceCode={values.province_code ?? ''}
                value={value}
                onChange={onChange}
              />
            );
          if (control.type === 'select')
            return (
              <select
                {...props}
                className="input"
                value={value}
                onChange={(e) => onChange(e.target.value)}
              >
                <option value="">{t('directories.edit.choose')}</option>
                {Object.entries(control.options).map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            );
          return (
            <input
              {...props}
              className="input"
              name={col}
              type={col === 'phone' ? 'tel' : col === 'email' ? 'email' : 'text'}
              inputMode={
                col === 'phone'
                  ? 'tel'
                  : control.numeric
                    ? col === 'latitude' || col === 'longitude'
                      ? 'decimal'
                      : 'numeric'
                    : undefined
              }
              spellCheck={false}
              value={value}
              onChange={(e) => onChange(e.target.value)}
            />
          );
        }}
      </FormField>
    </div>
  );
}

type SelectProps = {
  id: string;
  value: string;
  onChange: (v: string) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
};

function ProvinceSelect({ value, onChange, ...props }: SelectProps) {
  const { t } = useTranslation('backoffice');
  const provinces = useProvinces();
  return (
    <select {...props} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('directories.edit.chooseProvince')}</option>
      {(provinces.data ?? []).map((p) => (
        <option key={p.code} value={p.code}>
          {p.name}
        </option>
      ))}
      {/* a code the list does not know stays visible (and the server says why) */}
      {value && provinces.data && !provinces.data.some((p) => p.code === value) && (
        <option value={value}>{value}</option>
      )}
    </select>
  );
}

function CommuneSelect({
  value,
  onChange,
  provinceCode,
  ...props
}: SelectProps & { provinceCode: string }) {
  const { t } = useTranslation('backoffice');
  const communes = useCommunes(provinceCode);
  return (
    <select {...props} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('directories.edit.chooseCommune')}</option>
      {(communes.data ?? []).map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
      {value && communes.data && !communes.data.some((c) => c.code === value) && (
        <option value={value}>{value}</option>
      )}
    </select>
  );
}
