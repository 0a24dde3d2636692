import { type ImportKind, isDirectoryKind } from '@vssid/contracts';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { exampleCsv, templateColumns } from '../import-templates.ts';

interface TemplatePickerProps {
  /** The kinds this officer may import (directories: supervisors and administrators). */
  kinds: readonly ImportKind[];
  value: ImportKind;
  onChange: (kind: ImportKind) => void;
  disabled: boolean;
}

/** The templates: pick one; each shows its columns and offers its example file. */
export function TemplatePicker({ kinds, value, onChange, disabled }: TemplatePickerProps) {
  const { t } = useTranslation('backoffice');
  return (
    <fieldset className="import-kinds" disabled={disabled}>
      <legend className="field__label">{t('imports.kind')}</legend>
      {kinds.map((kind, i) => {
        const name = `mau-${kind}.csv`;
        const group = isDirectoryKind(kind) ? 'directories' : 'records';
        const first = i === 0 || isDirectoryKind(kinds[i - 1]!) !== isDirectoryKind(kind);
        return (
          <Fragment key={kind}>
            {first && kinds.some(isDirectoryKind) && (
              <p className="import-kinds__group">{t(`imports.groups.${group}`)}</p>
            )}
            <div className="import-kind" data-checked={value === kind || undefined}>
              <div className="radio">
                <input
                  type="radio"
                  id={`import-kind-${kind}`}
                  name="import-kind"
                  checked={value === kind}
                  onChange={() => onChange(kind)}
                />
                <label htmlFor={`import-kind-${kind}`}>{t(`imports.kinds.${kind}`)}</label>
              </div>
              <p className="import-kind__columns">
                {t('imports.columns')} <code>{templateColumns(kind).join(', ')}</code>
              </p>
              <a
                href={`data:text/csv;charset=utf-8,${encodeURIComponent(exampleCsv(kind))}`}
                download={name}
              >
                {t('imports.example', { name })}
              </a>
            </div>
          </Fragment>
        );
      })}
    </fieldset>
  );
}
