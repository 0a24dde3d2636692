import { useTranslation } from 'react-i18next';
import { Button } from '../../../lib/components/button.tsx';

export const NAME_SUGGESTION_ID = 'reg-name-suggestion';

/**
 * "Có phải bạn là Hoàng Thu Trang?": the records' spelling of the name the person typed without
 * diacritics (or in other capitals). Shown only for a name that already matches the records.
 */
export function NameSuggestion({ name, onAccept }: { name: string; onAccept: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="name-suggestion" id={NAME_SUGGESTION_ID} role="status">
      <p className="name-suggestion__question">
        {t('registration.nameSuggestion.question', { name })}
      </p>
      <p className="field__hint">{t('registration.nameSuggestion.hint')}</p>
      <Button variant="secondary" onClick={onAccept}>
        {t('registration.nameSuggestion.accept', { name })}
      </Button>
    </div>
  );
}
