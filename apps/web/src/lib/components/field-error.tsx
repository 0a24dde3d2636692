import { useTranslation } from 'react-i18next';

/** The message under a field; its id is what the control's aria-describedby points to. */
export function FieldErrorMessage({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">{t('common.errorPrefix')} </span>
      {message}
    </p>
  );
}
