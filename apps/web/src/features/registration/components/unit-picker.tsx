import { useTranslation } from 'react-i18next';
import { FormField } from '../../../lib/components/form-field.tsx';
import { SearchablePicker } from '../../../lib/components/searchable-picker.tsx';
import type { PickerOption } from '../../../lib/filter-options.ts';

interface UnitPickerProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly PickerOption[] | undefined;
  /** The list could not be downloaded: say so, and let the person retry. */
  failed: boolean;
  onRetry: () => void;
  placeholder: string;
  disabled?: boolean;
  value: string;
  onChange: (value: string) => void;
}

/** "Tỉnh - TP" or "Phường - Xã": a searchable list of official units, with its label. */
export function UnitPicker(props: UnitPickerProps) {
  const { t } = useTranslation();
  const { id, label, hint, error, options, failed, onRetry, placeholder, disabled } = props;
  return (
    <FormField id={id} label={label} hint={hint} required error={error}>
      {(control) => (
        <>
          <SearchablePicker
            {...control}
            options={options ?? []}
            value={props.value}
            onChange={props.onChange}
            toggleLabel={t('registration.picker.open')}
            noResults={t('registration.picker.noResults')}
            countLabel={(count) => t('registration.picker.count', { count })}
            placeholder={options || disabled ? placeholder : t('common.loading')}
            disabled={disabled || !options}
          />
          {failed && (
            <p className="field__hint">
              {t('registration.picker.loadFailed')}{' '}
              <button type="button" className="link-button" onClick={onRetry}>
                {t('common.retry')}
              </button>
            </p>
          )}
        </>
      )}
    </FormField>
  );
}
