import { TextField, type TextFieldProps } from '../../../lib/components/text-field.tsx';
import type { AnswerKey } from '../answers.ts';

/** One required text answer of the registration form. */
export function AnswerField(
  props: Omit<TextFieldProps, 'name' | 'required'> & { name: AnswerKey },
) {
  return <TextField {...props} required />;
}
