import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type BenefitCategoryKey, benefitListSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { ME_KEY } from '../../../lib/session.ts';

/** GET /api/me/benefits?category= — one tab of "Thông tin hưởng". */
export function useBenefits(category: BenefitCategoryKey) {
  return useQuery({
    queryKey: [ME_KEY, 'benefits', category],
    queryFn: ({ signal }) =>
      apiFetch(`/api/me/benefits?category=${category}`, {
        signal,
        parse: (data) => benefitListSchema.parse(data),
      }),
    placeholderData: keepPreviousData,
  });
}
