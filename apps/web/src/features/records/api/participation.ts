import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { participationSchema, type RecordScheme } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { ME_KEY } from '../../../lib/session.ts';

/** GET /api/me/participation?scheme= — one tab of "Quá trình tham gia". */
export function useParticipation(scheme: RecordScheme) {
  return useQuery({
    queryKey: [ME_KEY, 'participation', scheme],
    queryFn: ({ signal }) =>
      apiFetch(`/api/me/participation?scheme=${scheme}`, {
        signal,
        parse: (data) => participationSchema.parse(data),
      }),
    placeholderData: keepPreviousData,
  });
}

/** "Tải về": the history as a file (the browser downloads it with the session cookie). */
export function exportUrl(scheme: RecordScheme, format: 'csv' | 'pdf'): string {
  return `/api/me/participation/export?format=${format}&scheme=${scheme}`;
}
