import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { agencyListSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';

/**
 * GET /api/agencies — the agencies matching `q` (every one without it), ranked by the server:
 * the provincial agency of a province the search names first, then those of the applicant's
 * province. The previous answer stays on screen while the next one loads.
 */
export function useAgencies(provinceCode: string | undefined, q = '') {
  const params = new URLSearchParams();
  if (provinceCode) params.set('provinceCode', provinceCode);
  if (q.trim()) params.set('q', q.trim());
  const query = params.size > 0 ? `?${params}` : '';
  return useQuery({
    queryKey: ['agencies', provinceCode ?? '', q.trim()],
    queryFn: ({ signal }) =>
      apiFetch(`/api/agencies${query}`, {
        signal,
        parse: (data) => agencyListSchema.parse(data).items,
      }),
    staleTime: 60 * 60 * 1000,
    placeholderData: keepPreviousData,
  });
}
