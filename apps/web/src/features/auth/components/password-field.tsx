import { FormField } from '../../../lib/components/form-field.tsx';
import { PasswordInput } from '../../../lib/components/password-input.tsx';

interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  hint?: string | undefined;
  error?: string | undefined;
  /** A live remark under the control (the length of a new password). */
  note?: string;
}

/** A required password field: label above, hint, show/hide toggle, error under it. */
export function PasswordField({
  id,
  label,
  value,
  onChange,
  autoComplete,
  hint,
  error,
  note,
}: PasswordFieldProps) {
  const noteId = `${id}-note`;
  return (
    <FormField
      id={id}
      label={label}
      hint={hint}
      required
      error={error}
      describedBy={note ? [noteId] : []}
      after={
        note && (
          <p className="field__hint" id={noteId}>
            {note}
          </p>
        )
      }
    >
      {(control) => (
        <PasswordInput
          {...control}
          name={id}
          autoComplete={autoComplete}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}
