import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import type { Catalog } from '../i18n/vi.ts';

/** A one-time message carried to the next screen in the history state ("Bạn đã đăng xuất."). */
export type FlashKey = keyof Catalog['flash'];

/** What screens pass each other in the history state. */
export interface NavState {
  /** Where to return after signing in (a path of this app). */
  from?: string;
  flash?: FlashKey;
}

export function navState(state: unknown): NavState {
  return state && typeof state === 'object' ? (state as NavState) : {};
}

/** A path of this app to return to, never another site ("//evil.example"). */
export function returnPath(state: unknown): string | undefined {
  const from = navState(state).from;
  return from?.startsWith('/') && !from.startsWith('//') ? from : undefined;
}

/**
 * The flash passed to this screen, read once. It is then removed from the stored history
 * entry (React Router keeps our state under `usr`), so a reload does not show it again.
 */
export function useFlash(): FlashKey | undefined {
  const location = useLocation();
  const [flash] = useState(() => navState(location.state).flash);
  useEffect(() => {
    const entry = window.history.state as { usr?: NavState } | null;
    if (entry?.usr?.flash) {
      window.history.replaceState({ ...entry, usr: { ...entry.usr, flash: undefined } }, '');
    }
  }, []);
  return flash;
}
