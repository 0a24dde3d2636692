import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation('organization');
  return (
    <div className="page-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{t('loading')}</span>
    </div>
  );
}

export function LoadError({ retry }: { retry: () => void }) {
  const { t } = useTranslation('organization');
  return (
    <div className="org-note" role="alert">
      <p>{t('loadFailed')}</p>
      <button type="button" className="button button--secondary" onClick={retry}>
        {t('retry')}
      </button>
    </div>
  );
}
