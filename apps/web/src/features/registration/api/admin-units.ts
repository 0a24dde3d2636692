import { useMutation, useQuery } from '@tanstack/react-query';
import { addressMatchSchema, communeListSchema, provinceListSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';

// The official units change by law, not by the hour: one download per visit is enough.
const DAY = 24 * 60 * 60 * 1000;

/** GET /api/admin-units/provinces — the 34 provinces and cities in force since 1 July 2025. */
export function useProvinces() {
  return useQuery({
    queryKey: ['admin-units', 'provinces'],
    queryFn: ({ signal }) =>
      apiFetch('/api/admin-units/provinces', {
        signal,
        parse: (data) => provinceListSchema.parse(data).items,
      }),
    staleTime: DAY,
  });
}

/** GET /api/admin-units/communes — every commune of one province (filtered in the browser). */
export function useCommunes(provinceCode: string) {
  return useQuery({
    queryKey: ['admin-units', 'communes', provinceCode],
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/admin-units/communes?provinceCode=${encodeURIComponent(provinceCode)}&limit=500`,
        { signal, parse: (data) => communeListSchema.parse(data).items },
      ),
    enabled: provinceCode !== '',
    staleTime: DAY,
  });
}

/** POST /api/admin-units/match — province and commune from an address text (old ones too). */
export function useMatchAddress() {
  return useMutation({
    mutationFn: (address: string) =>
      apiFetch('/api/admin-units/match', {
        method: 'POST',
        body: { address },
        parse: (data) => addressMatchSchema.parse(data),
      }),
  });
}
