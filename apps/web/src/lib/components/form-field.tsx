import type { ReactNode } from 'react';
import { FieldErrorMessage } from './field-error.tsx';
import { RequiredMark } from './required-mark.tsx';

/** Props a control must spread to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

interface FormFieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  /** Ids of extra descriptions rendered by the caller (a character counter). */
  describedBy?: string[];
  /** Rendered after the control (e.g. the counter). */
  after?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}

/**
 * Label above, hint, control, error under it. The error id is `${id}-error` and the hint
 * `${id}-hint`, so tests and the error summary can find them.
 */
export function FormField(props: FormFieldProps) {
  const { id, label, required, hint, error, describedBy = [], after, children } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const ids = [hintId, ...describedBy, errorId].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-describedby': ids || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
      })}
      {after}
      {error && errorId && <FieldErrorMessage id={errorId} message={error} />}
    </div>
  );
}
