import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import { errorMessage } from '../../lib/form-errors.ts';

interface ListStateProps {
  pending: boolean;
  error: Error | null;
  children: ReactNode;
}

/** A list page's three states: a spinner, what went wrong, or the table. */
export function ListState({ pending, error, children }: ListStateProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  if (pending) {
    return (
      <p className="bo-loading" role="status">
        <span className="spinner spinner--large" aria-hidden="true" />
        {t('common.loading')}
      </p>
    );
  }
  if (error) {
    return (
      <p className="inline-error" role="alert">
        {errorMessage(error, lang)}
      </p>
    );
  }
  return children;
}
