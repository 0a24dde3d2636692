import { hasMessage, type ImportJob, isDirectoryKind, translate } from '@vssid/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { useRefusedLines } from '../api/imports.ts';

/** Added / skipped / refused, the refused lines with their reasons, and the report. */
export function ImportSummary({ job }: { job: ImportJob }) {
  const { t } = useTranslation('backoffice');
  const [lang] = useLang();
  const refused = useRefusedLines(job);
  const heading = useRef<HTMLHeadingElement>(null);
  // The result appears below the form: bring it into view and read it out.
  useEffect(() => {
    if (job.id) heading.current?.focus();
  }, [job.id]);
  const counts = [
    ['added', job.added],
    // Directories are upserted by code: rows whose stored values changed.
    ...(isDirectoryKind(job.kind) ? ([['updated', job.updated]] as const) : []),
    ['skipped', job.skipped],
    ['refused', job.refused],
  ] as const;
  return (
    <section className="import-summary" id="import-summary" aria-labelledby="import-summary-title">
      <h2 id="import-summary-title" tabIndex={-1} ref={heading}>
        {t('imports.summary')}
      </h2>
      <dl className="import-summary__counts">
        {counts.map(([key, n]) => (
          <div key={key} className={`import-count import-count--${key}`}>
            <dt>{t(`imports.${key}`)}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      {job.refused > 0 && (
        <table className="import-refused" id="refused-rows">
          <caption>{t('imports.refusedRows')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.line')}</th>
              <th scope="col">{t('imports.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {(refused.data ?? []).map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>{hasMessage(row.reason) ? translate(row.reason, lang) : row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <a className="button button--secondary import-summary__report" href={job.reportUrl} download>
        {t('imports.report')}
      </a>
    </section>
  );
}
