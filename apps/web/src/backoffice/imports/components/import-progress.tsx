import { useTranslation } from 'react-i18next';

interface ImportProgressProps {
  /** 0–1 of the bytes uploaded. */
  sent: number;
  /** Data rows the server has processed so far (from polling the job). */
  rowsRead: number | undefined;
}

/** The upload's progress bar, then how many rows the server has handled. */
export function ImportProgress({ sent, rowsRead }: ImportProgressProps) {
  const { t } = useTranslation('backoffice');
  const percent = Math.round(sent * 100);
  return (
    <section className="import-progress" aria-labelledby="import-progress-title">
      <h2 id="import-progress-title">{t('imports.progress')}</h2>
      <progress
        id="import-progress-bar"
        max={100}
        value={percent}
        aria-labelledby="import-progress-title"
      />
      <p role="status" className="import-progress__text">
        <span>{t('imports.uploading', { percent })}</span>
        {rowsRead !== undefined && <span> · {t('imports.processed', { n: rowsRead })}</span>}
      </p>
    </section>
  );
}
