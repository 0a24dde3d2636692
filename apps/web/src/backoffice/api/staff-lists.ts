import { useQuery } from '@tanstack/react-query';
import { auditLogListSchema, staffAccountListSchema } from '@vssid/contracts';
import { apiFetch } from '../../lib/api.ts';
import { ME_KEY } from '../../lib/session.ts';

export type AuditLogEntry = ReturnType<typeof auditLogListSchema.parse>['items'][number];
export type StaffAccount = ReturnType<typeof staffAccountListSchema.parse>[number];

/** GET /api/admin/audit-log (supervisors, administrators): the agency's 100 newest rows. */
export function useAuditLog() {
  return useQuery({
    queryKey: [ME_KEY, 'admin', 'audit-log'],
    queryFn: ({ signal }) =>
      apiFetch('/api/admin/audit-log?page=1&pageSize=100', {
        signal,
        parse: (d) => auditLogListSchema.parse(d),
      }),
    staleTime: 0,
  });
}

/** GET /api/admin/officers (administrators) — the agency's staff accounts. */
export function useOfficers() {
  return useQuery({
    queryKey: [ME_KEY, 'admin', 'officers'],
    queryFn: ({ signal }) =>
      apiFetch('/api/admin/officers', { signal, parse: (d) => staffAccountListSchema.parse(d) }),
  });
}
