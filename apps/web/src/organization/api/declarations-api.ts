import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type DeclarationReceiveResult,
  declarationListSchema,
  declarationReceiptSchema,
  declarationReceiveResultSchema,
} from '@vssid/contracts';
import { apiFetch } from '../../lib/api.ts';
import { ADMIN_SESSION_KEY } from '../../lib/session.ts';
import { type StudentFilter, studentQuery } from './org-api.ts';

const KEY = [...ADMIN_SESSION_KEY, 'org'] as const;

/** The received forms (newest first) and the handover count per receiving agency. */
export const useDeclarations = (driveId: string) =>
  useQuery({
    queryKey: [...KEY, 'declarations', driveId],
    queryFn: ({ signal }) =>
      apiFetch(`/api/admin/org/drives/${driveId}/declarations`, {
        signal,
        parse: (d) => declarationListSchema.parse(d),
      }),
  });

/** After a receipt or an undo the counts, the list and the drive's progress all change. */
function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: KEY });
}

/** POST …/declarations: "Đã nộp tờ khai" for the form with this application number. */
export function useReceiveDeclaration(driveId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (applicationNumber: string): Promise<DeclarationReceiveResult> =>
      apiFetch(`/api/admin/org/drives/${driveId}/declarations`, {
        body: { applicationNumber },
        parse: (d) => declarationReceiveResultSchema.parse(d),
      }),
    onSuccess: () => void refresh(),
  });
}

/** DELETE …/declarations/:number: a mistaken receipt undone. */
export function useUndoDeclaration(driveId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (applicationNumber: string) =>
      apiFetch(
        `/api/admin/org/drives/${driveId}/declarations/${encodeURIComponent(applicationNumber)}`,
        { method: 'DELETE', parse: (d) => declarationReceiptSchema.parse(d) },
      ),
    onSuccess: () => void refresh(),
  });
}

export const handoverUrl = (driveId: string, agencyId: string) =>
  `/api/admin/org/drives/${driveId}/declarations/handover.pdf?agencyId=${encodeURIComponent(agencyId)}`;

/** The student list as filtered, as an Excel workbook. */
export const studentsXlsxUrl = (driveId: string, f: StudentFilter) =>
  `/api/admin/org/drives/${driveId}/students.xlsx${studentQuery(f)}`;

/** The one-page PDF report for the school's leadership. */
export const reportUrl = (driveId: string) => `/api/admin/org/drives/${driveId}/report.pdf`;
