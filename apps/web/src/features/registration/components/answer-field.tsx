import type { InputHTMLAttributes } from 'react';
import { FormField } from '../../../lib/components/form-field.tsx';
import type { AnswerKey } from '../answers.ts';

type InputProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'inputMode' | 'autoComplete' | 'autoCapitalize' | 'maxLength' | 'placeholder'
>;

interface AnswerFieldProps extends InputProps {
  name: AnswerKey;
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

/** One required text answer of the registration form: label above, hint, error under it. */
export function AnswerField(props: AnswerFieldProps) {
  const { name, id, label, hint, error, value, onChange, type = 'text', ...input } = props;
  return (
    <FormField id={id} label={label} hint={hint} required error={error}>
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
