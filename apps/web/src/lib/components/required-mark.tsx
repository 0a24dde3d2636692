import { useTranslation } from 'react-i18next';

/** Red asterisk for the eye, "(bắt buộc)" for screen readers. */
export function RequiredMark() {
  const { t } = useTranslation();
  return (
    <>
      <span className="required-mark" aria-hidden="true">
        *
      </span>
      <span className="visually-hidden"> {t('common.required')}</span>
    </>
  );
}
