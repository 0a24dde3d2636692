import { queryClient } from '../../app/query-client.ts';
import { sessionQuery } from '../../lib/session.ts';

/**
 * The "Thẻ BHYT" route's loader: asks for the card as soon as the session is known, while the
 * screen's code is still arriving, instead of after it has rendered (issue 17: the card page's
 * first load waited for session → screen code → render → card). Never blocks the navigation and
 * never fails it: the screen's own query shows any error, and offline the kept copy.
 */
export function preloadCard(): null {
  void (async () => {
    const info = await queryClient.ensureQueryData(sessionQuery);
    if (info?.account.kind !== 'citizen') return;
    const { cardQuery } = await import('./api/card.ts');
    await queryClient.prefetchQuery(cardQuery(info.account.id));
  })().catch(() => {});
  return null;
}
