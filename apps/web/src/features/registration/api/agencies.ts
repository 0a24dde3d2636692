import { useQuery } from '@tanstack/react-query';
import { agencyListSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';

/** GET /api/agencies — every agency, the one of the applicant's province first. */
export function useAgencies(provinceCode: string | undefined) {
  const query = provinceCode ? `?provinceCode=${encodeURIComponent(provinceCode)}` : '';
  return useQuery({
    queryKey: ['agencies', provinceCode ?? ''],
    queryFn: ({ signal }) =>
      apiFetch(`/api/agencies${query}`, {
        signal,
        parse: (data) => agencyListSchema.parse(data).items,
      }),
    staleTime: 60 * 60 * 1000,
  });
}
