import { useTranslation } from 'react-i18next';

/** Grey blocks where the content will be, announced once as "Đang tải…". */
export function RecordsSkeleton({ rows = 3, card = false }: { rows?: number; card?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="records-skeleton" role="status">
      <span className="visually-hidden">{t('common.loading')}</span>
      {card && <div className="records-skeleton__card" aria-hidden="true" />}
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders
        <div key={i} className="records-skeleton__row" aria-hidden="true" />
      ))}
    </div>
  );
}
