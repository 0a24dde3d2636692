import { useQuery } from '@tanstack/react-query';
import { type ImportJob, type ImportKind, importJobSchema, translate } from '@vssid/contracts';
import { currentLang } from '../../../i18n/index.ts';
import { ApiRequestError, apiFetch } from '../../../lib/api.ts';
import { apiAuthHooks } from '../../../lib/api-auth.ts';
import { ME_KEY } from '../../../lib/session.ts';
import { type ReportLine, refusedLines } from './report-csv.ts';

function errorOf(xhr: XMLHttpRequest): ApiRequestError {
  try {
    const { error } = JSON.parse(xhr.responseText) as {
      error: { code: string; message: string; line?: number };
    };
    // IMPORT_FILE_MALFORMED says where the file stops being CSV.
    const at = error.line ? ` (${currentLang() === 'en' ? 'line' : 'dòng'} ${error.line})` : '';
    return new ApiRequestError(xhr.status, error.code, `${error.message}${at}`);
  } catch {
    const code = xhr.status === 0 ? 'NETWORK' : 'INTERNAL';
    return new ApiRequestError(xhr.status, code, translate(code, currentLang()));
  }
}

/**
 * POST /api/admin/imports/:kind with XMLHttpRequest (fetch reports no upload progress).
 * `onProgress` gets 0–1 of the bytes sent; resolves with the finished job.
 */
export function uploadImport(
  kind: ImportKind,
  file: File,
  importId: string,
  onProgress: (sent: number) => void,
): Promise<ImportJob> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/admin/imports/${kind}`);
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLang());
    xhr.setRequestHeader('x-import-id', importId);
    const csrf = apiAuthHooks().csrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(errorOf(xhr));
      try {
        resolve(importJobSchema.parse(JSON.parse(xhr.responseText)));
      } catch {
        reject(errorOf(xhr));
      }
    };
    xhr.onerror = () => reject(errorOf(xhr));
    xhr.send(file);
  });
}

/** GET /api/admin/imports/jobs/:id every half second while the file is being processed. */
export function useImportProgress(id: string | undefined, running: boolean) {
  return useQuery({
    queryKey: [ME_KEY, 'admin', 'import', id],
    enabled: Boolean(id) && running,
    queryFn: async ({ signal }) => {
      try {
        return await apiFetch(`/api/admin/imports/jobs/${id}`, {
          signal,
          parse: (data) => importJobSchema.parse(data),
        });
      } catch (error) {
        if (error instanceof ApiRequestError && error.status === 404) return null; // not started
        throw error;
      }
    },
    refetchInterval: running ? 500 : false,
    retry: false,
  });
}

/** The refused lines of a finished import, read from its report CSV. */
export function useRefusedLines(job: ImportJob | undefined) {
  return useQuery({
    queryKey: [ME_KEY, 'admin', 'import-report', job?.id, job?.finishedAt],
    enabled: Boolean(job && job.refused > 0),
    queryFn: async ({ signal }): Promise<ReportLine[]> => {
      const res = await fetch(job?.reportUrl ?? '', { signal, credentials: 'same-origin' });
      if (!res.ok) throw new ApiRequestError(res.status, 'INTERNAL', res.statusText);
      return refusedLines(await res.text());
    },
  });
}
