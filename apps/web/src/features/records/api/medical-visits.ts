import { useQuery } from '@tanstack/react-query';
import { medicalVisitsSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { ME_KEY } from '../../../lib/session.ts';

/** GET /api/me/medical-visits — "Sổ khám chữa bệnh", grouped by year, newest first. */
export function useMedicalVisits() {
  return useQuery({
    queryKey: [ME_KEY, 'medical-visits'],
    queryFn: ({ signal }) =>
      apiFetch('/api/me/medical-visits', {
        signal,
        parse: (data) => medicalVisitsSchema.parse(data),
      }),
  });
}
