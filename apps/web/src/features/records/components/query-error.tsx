import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { errorMessage } from '../../../lib/form-errors.ts';

interface QueryErrorProps {
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
}

/** What went wrong, in the person's language, and "Thử lại". */
export function QueryError({ error, retrying, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  return (
    <div className="card records-error" role="alert">
      <p className="inline-error">{errorMessage(error, lang)}</p>
      <Button variant="secondary" onClick={onRetry} pending={retrying}>
        {t('common.retry')}
      </Button>
    </div>
  );
}
