import type { ImportJob, ImportKind } from '@vssid/contracts';
import type { ImportJobRow } from '../repositories/import.repository.ts';

/** An import job as the back office polls it (progress bar), with its report's URL. */
export function presentJob(j: ImportJobRow): ImportJob {
  return {
    id: j.id,
    kind: j.kind as ImportKind,
    status: j.status,
    rowsRead: j.rowsRead,
    added: j.added,
    skipped: j.skipped,
    updated: j.updated,
    refused: j.refused,
    errorCode: j.errorCode,
    errorLine: j.errorLine,
    startedAt: j.startedAt.toISOString(),
    finishedAt: j.finishedAt?.toISOString() ?? null,
    reportUrl: `/api/admin/imports/jobs/${j.id}/report.csv`,
  };
}
