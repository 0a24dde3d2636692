import { IMPORT_KINDS, type ImportKind } from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { exampleCsv, templateColumns } from '../import-templates.ts';

interface TemplatePickerProps {
  value: ImportKind;
  onChange: (kind: ImportKind) => void;
  disabled: boolean;
}

/** The four templates: pick one; each shows its columns and offers its example file. */
export function TemplatePicker({ value, onChange, disabled }: TemplatePickerProps) {
  const { t } = useTranslation('backoffice');
  return (
    <fieldset className="import-kinds" disabled={disabled}>
      <legend className="field__label">{t('imports.kind')}</legend>
      {IMPORT_KINDS.map((kind) => {
        const name = `mau-${kind}.csv`;
        return (
          <div key={kind} className="import-kind" data-checked={value === kind || undefined}>
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
        );
      })}
    </fieldset>
  );
}
