import type { InputHTMLAttributes } from 'react';
import { FormField } from './form-field.tsx';

type InputProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'inputMode' | 'autoComplete' | 'autoCapitalize' | 'maxLength' | 'placeholder'
>;

export interface TextFieldProps extends InputProps {
  name: string;
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
}

/** One text input with its label above, hint, and error under it (the app's form pattern). */
export function TextField(props: TextFieldProps) {
  const {
    name,
    id,
    label,
    hint,
    error,
    required,
    value,
    onChange,
    type = 'text',
    ...input
  } = props;
  return (
    <FormField id={id} label={label} hint={hint} required={required} error={error}>
      {(control) => (
        <input
          {...control}
          {...input}
          className="input"
          name={name}
          type={type}
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

/** The e-mail variant: the right keyboard and autofill on phones. */
export function EmailField(props: Omit<TextFieldProps, 'type' | 'inputMode' | 'autoComplete'>) {
  return <TextField {...props} type="email" inputMode="email" autoComplete="email" />;
}
