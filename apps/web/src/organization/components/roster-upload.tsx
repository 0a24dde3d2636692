import { useQueryClient } from '@tanstack/react-query';
import type { RosterImport } from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import { Button } from '../../lib/components/button.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { ADMIN_SESSION_KEY } from '../../lib/session.ts';
import { uploadRoster, useRosterImportProgress } from '../api/org-api.ts';

const SHOWN = 200;
const num = (n: number) => n.toLocaleString('vi-VN');

/** "Nhập danh sách sinh viên": the file, a progress bar, then the line-by-line report. */
export function RosterUpload({ driveId }: { driveId: string }) {
  const { t } = useTranslation('organization');
  const [lang] = useLang();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [importId, setImportId] = useState<string>();
  const [sent, setSent] = useState(0);
  const [running, setRunning] = useState(false);
  const [job, setJob] = useState<RosterImport>();
  const [error, setError] = useState<unknown>(null);
  const progress = useRosterImportProgress(importId, running);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    if (!file) return setMissing(true);
    const id = crypto.randomUUID();
    setImportId(id);
    setSent(0);
    setJob(undefined);
    setError(null);
    setRunning(true);
    uploadRoster(driveId, file, id, setSent)
      .then((done) => {
        setSent(1);
        setJob(done);
        // The counts, the faculties and the list all change with a new roster.
        void client.invalidateQueries({ queryKey: [...ADMIN_SESSION_KEY, 'org'] });
      })
      .catch(setError)
      .finally(() => setRunning(false));
  };
  const live = progress.data;
  const percent = live?.rowsTotal
    ? Math.round((live.rowsRead * 100) / Math.max(1, live.rowsTotal))
    : Math.round(sent * 100);
  const fileError = missing ? t('roster.chooseFile') : error ? errorMessage(error, lang) : null;

  return (
    <section className="org-section" aria-labelledby="org-roster-title">
      <h2 id="org-roster-title">{t('roster.title')}</h2>
      <p className="bo-page__lead">{t('roster.lead')}</p>
      <form className="org-upload" noValidate onSubmit={submit} aria-busy={running}>
        <div className={fileError ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor="org-roster-file">
            {t('roster.file')} <span className="field__required">*</span>
          </label>
          {fileError && (
            <p className="field__error" id="org-roster-file-error" role="alert">
              {fileError}
            </p>
          )}
          <input
            id="org-roster-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={Boolean(fileError) || undefined}
            aria-describedby={fileError ? 'org-roster-file-error' : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setMissing(false);
              setError(null);
            }}
          />
        </div>
        <Button type="submit" pending={running} pendingLabel={t('roster.pending')}>
          {t('roster.submit')}
        </Button>
      </form>
      {running && (
        <div className="org-upload__progress">
          <progress
            id="org-roster-progress"
            max={100}
            value={percent}
            aria-label={t('roster.pending')}
          />
          <p role="status">
            {live?.rowsTotal ? null : (
              <span>{t('roster.uploading', { percent: Math.round(sent * 100) })}</span>
            )}
            {live && <span> · {t('roster.reading', { count: live.rowsRead })}</span>}
          </p>
        </div>
      )}
      {job && <RosterReport job={job} />}
    </section>
  );
}

function RosterReport({ job }: { job: RosterImport }) {
  const { t } = useTranslation('organization');
  const unchanged = job.rowsRead - job.rowsAdded - job.rowsUpdated - job.rowsRefused;
  return (
    <div className="org-report" id="org-roster-report">
      <p role="status">{t('roster.done', { read: num(job.rowsRead) })}</p>
      <dl className="org-report__counts">
        <div>
          <dt>{t('roster.added')}</dt>
          <dd>{num(job.rowsAdded)}</dd>
        </div>
        <div>
          <dt>{t('roster.updated')}</dt>
          <dd>{num(job.rowsUpdated)}</dd>
        </div>
        <div>
          <dt>{t('roster.unchanged')}</dt>
          <dd>{num(Math.max(0, unchanged))}</dd>
        </div>
        <div>
          <dt>{t('roster.refused')}</dt>
          <dd>{num(job.rowsRefused)}</dd>
        </div>
      </dl>
      {job.problems.length > 0 && (
        <div className="bo-table">
          <div className="bo-table__scroll">
            <table id="org-roster-problems">
              <caption>{t('roster.problemsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('roster.line')}
                  </th>
                  <th scope="col">{t('roster.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {job.problems.slice(0, SHOWN).map((p) => (
                  <tr key={`${p.line}-${p.code}`}>
                    <td className="num">{p.line}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {job.rowsRefused > SHOWN && (
            <p className="bo-table__count">
              {t('roster.moreProblems', { shown: SHOWN, count: job.rowsRefused })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
