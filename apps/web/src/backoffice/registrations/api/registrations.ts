import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AdminRegistrationQuery,
  adminRegistrationDetailSchema,
  adminRegistrationListSchema,
  agencyDriveListSchema,
  decisionResultSchema,
  type RegistrationNeighboursQuery,
  type RejectRequest,
  registrationNeighboursSchema,
  undoResultSchema,
} from '@vssid/contracts';
import type { z } from 'zod';
import { apiFetch } from '../../../lib/api.ts';
import { ME_KEY } from '../../../lib/session.ts';

// Under ME_KEY: an officer's view of applications is dropped at sign-out.
const ROOT = [ME_KEY, 'admin', 'registrations'] as const;
const base = '/api/admin/registrations';

function queryString(q: AdminRegistrationQuery | RegistrationNeighboursQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(q)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/** GET /api/admin/registrations — one page of the agency's queue, newest first. */
export function useRegistrationQueue(q: AdminRegistrationQuery) {
  return useQuery({
    queryKey: [...ROOT, 'list', q],
    queryFn: ({ signal }) =>
      apiFetch(`${base}?${queryString(q)}`, {
        signal,
        parse: (d) => adminRegistrationListSchema.parse(d),
      }),
    // paging keeps the table on screen (dimmed) instead of flashing a spinner
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** GET /api/admin/registrations/drives — the drives this agency receives (the "Đợt" filter). */
export function useAgencyDrives() {
  return useQuery({
    queryKey: [...ROOT, 'drives'],
    queryFn: ({ signal }) =>
      apiFetch(`${base}/drives`, { signal, parse: (d) => agencyDriveListSchema.parse(d) }),
    staleTime: 5 * 60_000,
  });
}

/** GET /api/admin/registrations/:id — the application, its photos and what differs. */
export function useRegistrationDetail(id: string) {
  return useQuery({
    queryKey: [...ROOT, 'detail', id],
    queryFn: ({ signal }) =>
      apiFetch(`${base}/${encodeURIComponent(id)}`, {
        signal,
        parse: (d) => adminRegistrationDetailSchema.parse(d),
      }),
    staleTime: 0,
  });
}

export type DecisionResult = z.infer<typeof decisionResultSchema>;

/** "Duyệt" / "Từ chối": POST …/approve or …/reject; the queue and the detail refresh after. */
export function useDecision(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (decision: { kind: 'approve' } | { kind: 'reject'; body: RejectRequest }) =>
      apiFetch(`${base}/${encodeURIComponent(id)}/${decision.kind}`, {
        method: 'POST',
        body: decision.kind === 'reject' ? decision.body : {},
        parse: (d) => decisionResultSchema.parse(d),
      }),
    // Not awaited: the decision is done when the server says so; the lists refresh behind it.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ROOT });
    },
  });
}

/** GET …/:id/neighbours — previous, next and next waiting application of the filtered queue. */
export function useNeighbours(id: string, q: RegistrationNeighboursQuery) {
  return useQuery({
    queryKey: [...ROOT, 'neighbours', id, q],
    queryFn: ({ signal }) =>
      apiFetch(`${base}/${encodeURIComponent(id)}/neighbours?${queryString(q)}`, {
        signal,
        parse: (d) => registrationNeighboursSchema.parse(d),
      }),
    staleTime: 0,
  });
}

/** "Hoàn tác": POST …/undo within the window; the queue and the detail refresh after. */
export function useUndo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch(`${base}/${encodeURIComponent(id)}/undo`, {
        method: 'POST',
        body: {},
        parse: (d) => undoResultSchema.parse(d),
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ROOT }),
  });
}
