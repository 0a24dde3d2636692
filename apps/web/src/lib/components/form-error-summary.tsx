import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import { type FormErrors, messageFor } from '../form-errors.ts';
import { ErrorSummary } from './error-summary.tsx';

interface FormErrorSummaryProps {
  /** DOM id of the summary; its title is `${id}-title`. */
  id: string;
  errors: FormErrors;
  /** Request field name → id of the control to focus (e.g. content → feedback-content). */
  fieldIds: Record<string, string>;
}

/** ErrorSummary fed from FormErrors, in the field order of the form. */
export function FormErrorSummary({ id, errors, fieldIds }: FormErrorSummaryProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const order = Object.keys(fieldIds);
  const items = [...errors.fields]
    .sort((a, b) => rank(order, a.field) - rank(order, b.field))
    .map((f) => ({ target: fieldIds[f.field], message: messageFor(f, lang) }));
  return (
    <ErrorSummary
      id={id}
      // "fix these fields" would mislead when nothing the person typed is wrong (503, offline)
      title={items.length > 0 ? t('errorSummary.title') : t('errorSummary.generalTitle')}
      message={errors.general ? messageFor(errors.general, lang) : undefined}
      items={items}
      focusKey={errors}
    />
  );
}

function rank(order: string[], field: string): number {
  const i = order.indexOf(field);
  return i === -1 ? order.length : i;
}
