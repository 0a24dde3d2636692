import { FieldErrorMessage } from './field-error.tsx';
import { RequiredMark } from './required-mark.tsx';

interface RadioGroupProps<V extends string> {
  /** Field name; radio ids are `${name}-${value}`, the first one is the error summary's target. */
  name: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V | '';
  onChange: (value: V) => void;
  required?: boolean;
  error?: string;
}

export function RadioGroup<V extends string>(props: RadioGroupProps<V>) {
  const { name, legend, options, value, onChange, required, error } = props;
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={error ? 'field field--error radios' : 'field radios'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field__label">
        {legend}
        {required && <RequiredMark />}
      </legend>
      {options.map((option) => (
        <div className="radio" key={option.value}>
          <input
            type="radio"
            id={`${name}-${option.value}`}
            name={name}
            value={option.value}
            checked={value === option.value}
            aria-invalid={error ? true : undefined}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      {error && <FieldErrorMessage id={errorId} message={error} />}
    </fieldset>
  );
}
