import { useQuery } from '@tanstack/react-query';
import { type BhytCard, bhytCardSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { loadPersonal, savePersonal } from '../../../lib/personal-store.ts';
import { ME_KEY } from '../../../lib/session.ts';
import { CARD_STORE } from '../card-store-key.ts';

const STORE = CARD_STORE;

export const CARD_PNG_URL = '/api/me/card.png';
export const CARD_PDF_URL = '/api/me/card.pdf';

/**
 * GET /api/me/card — the card, copied to this device on every answer so the last card seen
 * opens without a connection (the API needs the session, so a service-worker cache would not do).
 */
export function useBhytCard(accountId: string | undefined) {
  return useQuery({
    queryKey: [ME_KEY, 'card', accountId],
    enabled: Boolean(accountId),
    queryFn: async ({ signal }) => {
      const card = await apiFetch('/api/me/card', {
        signal,
        parse: (data) => bhytCardSchema.parse(data),
      });
      if (accountId) savePersonal(accountId, STORE, card);
      return card;
    },
  });
}

/** The copy kept on this device for `accountId` (or the last account when none is known). */
export function storedCard(accountId?: string): BhytCard | undefined {
  const parsed = bhytCardSchema.safeParse(loadPersonal(STORE, accountId));
  return parsed.success ? parsed.data : undefined;
}
