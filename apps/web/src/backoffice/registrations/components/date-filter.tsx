import { useTranslation } from 'react-i18next';
import { FieldErrorMessage } from '../../../lib/components/field-error.tsx';

interface DateFilterProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/**
 * A date typed as dd/mm/yyyy, as everywhere on screen: the browser's own date input would show
 * the device's format (mm/dd/yyyy on an English-language desktop).
 */
export function DateFilter({ id, label, value, error, onChange }: DateFilterProps) {
  const { t } = useTranslation('backoffice');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('registrations.filters.datePlaceholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && <FieldErrorMessage id={`${id}-error`} message={error} />}
    </div>
  );
}
