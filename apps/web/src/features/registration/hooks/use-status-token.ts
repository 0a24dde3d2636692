import { useState } from 'react';

const KEY = 'vssid.registration-status-token';

function takeToken(): string {
  const fragment = new URLSearchParams(window.location.hash.slice(1)).get('t');
  try {
    if (fragment) {
      sessionStorage.setItem(KEY, fragment);
      // out of the address bar (and a shared screenshot), kept for reloads of this tab only
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}`);
      return fragment;
    }
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return fragment ?? '';
  }
}

/**
 * The look-up token from the mailed link. It travels in the URL fragment (#t=…), which
 * browsers never send to the server, so it stays out of every log; never from the query.
 */
export function useStatusToken(): string {
  const [token] = useState(takeToken);
  return token;
}
