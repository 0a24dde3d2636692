import {
  IMPORT_KINDS,
  type ImportJob,
  type ImportKind,
  isDirectoryKind,
  RECORD_IMPORT_KINDS,
  type SessionInfo,
} from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { errorMessage } from '../../../lib/form-errors.ts';
import { BoPage } from '../../components/bo-page.tsx';
import { uploadImport, useImportProgress } from '../api/imports.ts';
import '../imports.css';
import { ImportProgress } from './import-progress.tsx';
import { ImportSummary } from './import-summary.tsx';
import { TemplatePicker } from './template-picker.tsx';

/** "Nhập dữ liệu": template, file, upload with progress, then the summary and the report. */
export function ImportPage({ role }: { role: SessionInfo['account']['role'] }) {
  const { t } = useTranslation('backoffice');
  const [lang] = useLang();
  // Directories: supervisors and administrators (the server answers 403 to anyone else).
  const kinds: readonly ImportKind[] = role === 'officer' ? RECORD_IMPORT_KINDS : IMPORT_KINDS;
  const [params] = useSearchParams();
  const asked = params.get('kind') as ImportKind | null;
  const [kind, setKind] = useState<ImportKind>(
    asked && kinds.includes(asked) ? asked : 'participation',
  );
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [importId, setImportId] = useState<string>();
  const [sent, setSent] = useState(0);
  const [running, setRunning] = useState(false);
  const [job, setJob] = useState<ImportJob>();
  const [error, setError] = useState<unknown>(null);
  const progress = useImportProgress(importId, running);

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
    uploadImport(kind, file, id, setSent)
      .then((done) => {
        setSent(1);
        setJob(done);
      })
      .catch(setError)
      .finally(() => setRunning(false));
  };

  return (
    <BoPage
      title={t('imports.title')}
      lead={isDirectoryKind(kind) ? t('imports.leadDirectories') : t('imports.lead')}
    >
      <form className="import-form" onSubmit={submit} noValidate>
        <TemplatePicker kinds={kinds} value={kind} onChange={setKind} disabled={running} />
        <div className={missing ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor="import-file">
            {t('imports.file')}
          </label>
          <p className="field__hint" id="import-file-hint">
            {t('imports.fileHint')}
          </p>
          {missing && (
            <p className="field__error" id="import-file-error">
              {t('imports.fileRequired')}
            </p>
          )}
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            disabled={running}
            aria-describedby={missing ? 'import-file-hint import-file-error' : 'import-file-hint'}
            aria-invalid={missing || undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setMissing(false);
            }}
          />
        </div>
        <Button
          type="submit"
          id="import-submit"
          pending={running}
          pendingLabel={t('imports.pending')}
        >
          {t('imports.submit')}
        </Button>
      </form>
      {(running || job) && (
        <ImportProgress sent={sent} rowsRead={job?.rowsRead ?? progress.data?.rowsRead} />
      )}
      <div role="alert">
        {error !== null && <p className="inline-error">{errorMessage(error, lang)}</p>}
      </div>
      {job && <ImportSummary job={job} />}
    </BoPage>
  );
}
