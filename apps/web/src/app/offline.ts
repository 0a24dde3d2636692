import { CARD_STORE } from '../features/records/card-store-key.ts';
import { loadPersonal } from '../lib/personal-store.ts';

/**
 * True when a failure means "no connection", not a fault: the browser says it is offline, or the
 * API could not be reached (code NETWORK, also what a proxy's 502/504 becomes).
 */
export function isOfflineFailure(error: unknown, online: boolean): boolean {
  if (!online) return true;
  return (error as { code?: unknown } | null)?.code === 'NETWORK';
}

/** True when a BHYT card is kept on this device: it then opens offline. */
export function hasStoredCard(): boolean {
  return loadPersonal(CARD_STORE) !== undefined;
}
