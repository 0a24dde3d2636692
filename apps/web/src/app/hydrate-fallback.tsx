import { useTranslation } from 'react-i18next';

/** Shown while the first screen's code is still downloading (deep link to a lazy screen). */
export function HydrateFallback() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status">
      <span className="spinner spinner--large" aria-hidden="true" />
      <span>{t('common.loading')}</span>
    </div>
  );
}
