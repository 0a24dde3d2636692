import { useQuery } from '@tanstack/react-query';
import {
  type BhytCard,
  bhytCardSchema,
  type CardAnswer,
  cardAnswerSchema,
  type NoCard,
} from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { loadPersonal, savePersonal } from '../../../lib/personal-store.ts';
import { ME_KEY } from '../../../lib/session.ts';
import { CARD_STORE } from '../card-store-key.ts';

const STORE = CARD_STORE;

export const CARD_PNG_URL = '/api/me/card.png';
export const CARD_PDF_URL = '/api/me/card.pdf';

/** The answer "BHXH holds no card for you" (`{ card: null, agency }`), not a card. */
export const isNoCard = (a: CardAnswer): a is NoCard => 'card' in a && a.card === null;

/**
 * GET /api/me/card — the card (or the no-card answer), the card copied to this device on every
 * answer so the last card seen opens without a connection (the API needs the session, so a
 * service-worker cache would not do).
 */
export const cardQuery = (accountId: string | undefined) => ({
  queryKey: [ME_KEY, 'card', accountId],
  enabled: Boolean(accountId),
  queryFn: async ({ signal }: { signal: AbortSignal }) => {
    const answer: CardAnswer = await apiFetch('/api/me/card', {
      signal,
      parse: (data) => cardAnswerSchema.parse(data),
    });
    if (accountId && !isNoCard(answer)) savePersonal(accountId, STORE, answer);
    return answer;
  },
});

export function useBhytCard(accountId: string | undefined) {
  return useQuery(cardQuery(accountId));
}

/** The copy kept on this device for `accountId` (or the last account when none is known). */
export function storedCard(accountId?: string): BhytCard | undefined {
  const parsed = bhytCardSchema.safeParse(loadPersonal(STORE, accountId));
  return parsed.success ? parsed.data : undefined;
}
