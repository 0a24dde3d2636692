import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type DirectoryAdminQuery,
  type DirectoryKind,
  directoryAdminPageSchema,
  directoryEntrySchema,
} from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { ME_KEY } from '../../../lib/session.ts';

// Under ME_KEY: dropped at sign-out with the rest of the officer's data.
const ROOT = [ME_KEY, 'admin', 'directories'] as const;
const base = (kind: DirectoryKind) => `/api/admin/directories/${kind}`;

/** GET /api/admin/directories/:kind — one page (20) of a directory, by name. */
export function useDirectoryList(kind: DirectoryKind, q: Partial<DirectoryAdminQuery>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(q))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return useQuery({
    queryKey: [...ROOT, kind, 'list', q],
    queryFn: ({ signal }) =>
      apiFetch(`${base(kind)}?${params.toString()}`, {
        signal,
        parse: (d) => directoryAdminPageSchema.parse(d),
      }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** GET /api/admin/directories/:kind/:id — one record as the form's text values. */
export function useDirectoryEntry(kind: DirectoryKind, id: string) {
  return useQuery({
    queryKey: [...ROOT, kind, 'entry', id],
    queryFn: ({ signal }) =>
      apiFetch(`${base(kind)}/${encodeURIComponent(id)}`, {
        signal,
        parse: (d) => directoryEntrySchema.parse(d),
      }),
    staleTime: 0,
  });
}

/** POST /api/admin/directories/:kind — a new record (same rules as the import). */
export function useCreateDirectoryEntry(kind: DirectoryKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (values: Record<string, string>) =>
      apiFetch(base(kind), {
        method: 'POST',
        body: { values },
        parse: (d) => directoryEntrySchema.parse(d),
      }),
    onSuccess: (entry) => {
      client.setQueryData([...ROOT, kind, 'entry', entry.id], entry);
      void client.invalidateQueries({ queryKey: [...ROOT, kind, 'list'] });
    },
  });
}

/** PUT /api/admin/directories/:kind/:id — 400 carries an error per field. */
export function useSaveDirectoryEntry(kind: DirectoryKind, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (values: Record<string, string>) =>
      apiFetch(`${base(kind)}/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: { values },
        parse: (d) => directoryEntrySchema.parse(d),
      }),
    onSuccess: (entry) => {
      client.setQueryData([...ROOT, kind, 'entry', id], entry);
      void client.invalidateQueries({ queryKey: [...ROOT, kind, 'list'] });
    },
  });
}
