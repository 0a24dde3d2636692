import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  driveProgressSchema,
  orgOverviewSchema,
  type RosterImport,
  type RosterStatus,
  rosterImportSchema,
  rosterStudentListSchema,
  translate,
} from '@vssid/contracts';
import { currentLang } from '../../i18n/index.ts';
import { ApiRequestError, apiFetch } from '../../lib/api.ts';
import { apiAuthHooks } from '../../lib/api-auth.ts';
import { ADMIN_SESSION_KEY } from '../../lib/session.ts';

/** Under the staff session's key: signing out or a new sign-in drops all of it. */
const KEY = [...ADMIN_SESSION_KEY, 'org'] as const;

export const useOrgOverview = (enabled = true) =>
  useQuery({
    queryKey: [...KEY, 'overview'],
    enabled,
    queryFn: ({ signal }) =>
      apiFetch('/api/admin/org/drives', { signal, parse: (d) => orgOverviewSchema.parse(d) }),
  });

export const useDriveProgress = (id: string) =>
  useQuery({
    queryKey: [...KEY, 'drive', id],
    queryFn: ({ signal }) =>
      apiFetch(`/api/admin/org/drives/${id}`, {
        signal,
        parse: (d) => driveProgressSchema.parse(d),
      }),
  });

export type StudentFilter = {
  status?: RosterStatus | undefined;
  faculty?: string | undefined;
  className?: string | undefined;
  q?: string | undefined;
};

/** The filter as a query string (empty values left out); `page` for the list, not the export. */
export function studentQuery(f: StudentFilter, page?: number): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  if (page) p.set('page', String(page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const useStudents = (id: string, f: StudentFilter, page: number) =>
  useQuery({
    queryKey: [...KEY, 'students', id, f, page],
    queryFn: ({ signal }) =>
      apiFetch(`/api/admin/org/drives/${id}/students${studentQuery(f, page)}`, {
        signal,
        parse: (d) => rosterStudentListSchema.parse(d),
      }),
    placeholderData: keepPreviousData,
  });

export const exportUrl = (id: string, f: StudentFilter) =>
  `/api/admin/org/drives/${id}/students.csv${studentQuery(f)}`;

function errorOf(xhr: XMLHttpRequest): ApiRequestError {
  try {
    const { error } = JSON.parse(xhr.responseText) as {
      error: { code: string; message: string; line?: number };
    };
    const at = error.line ? ` (${currentLang() === 'en' ? 'line' : 'dòng'} ${error.line})` : '';
    return new ApiRequestError(xhr.status, error.code, `${error.message}${at}`);
  } catch {
    const code = xhr.status === 0 ? 'NETWORK' : 'INTERNAL';
    return new ApiRequestError(xhr.status, code, translate(code, currentLang()));
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * POST …/roster with XMLHttpRequest (fetch reports no upload progress): the file as the body,
 * typed CSV or XLSX by its name. Resolves with the finished import and its line-by-line report.
 */
export function uploadRoster(
  driveId: string,
  file: File,
  importId: string,
  onProgress: (sent: number) => void,
): Promise<RosterImport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/admin/org/drives/${driveId}/roster`);
    const xlsx = /\.xlsx$/i.test(file.name) || file.type === XLSX;
    xhr.setRequestHeader('Content-Type', xlsx ? XLSX : 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLang());
    xhr.setRequestHeader('x-import-id', importId);
    const csrf = apiAuthHooks().csrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(errorOf(xhr));
      try {
        resolve(rosterImportSchema.parse(JSON.parse(xhr.responseText)));
      } catch {
        reject(errorOf(xhr));
      }
    };
    xhr.onerror = () => reject(errorOf(xhr));
    xhr.send(file);
  });
}

/** GET …/roster-imports/:id every half second while the file is being read. */
export const useRosterImportProgress = (id: string | undefined, running: boolean) =>
  useQuery({
    queryKey: [...KEY, 'import', id],
    enabled: Boolean(id) && running,
    queryFn: async ({ signal }) => {
      try {
        return await apiFetch(`/api/admin/org/roster-imports/${id}`, {
          signal,
          parse: (d) => rosterImportSchema.parse(d),
        });
      } catch (e) {
        if (e instanceof ApiRequestError && e.status === 404) return null; // not started yet
        throw e;
      }
    },
    refetchInterval: running ? 500 : false,
    retry: false,
  });
