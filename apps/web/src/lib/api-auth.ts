/**
 * What apiFetch needs to know about the session, without importing the query cache or the
 * router (both live in src/app, which wires them up in app/api-auth-setup.ts).
 */
export interface ApiAuthHooks {
  /** The signed-in session's CSRF token, sent as x-csrf-token on every non-GET request. */
  csrfToken: () => string | undefined;
  /** A request answered 401 UNAUTHENTICATED: the session ended (idle, signed out elsewhere). */
  onUnauthenticated: () => void;
}

let hooks: ApiAuthHooks = { csrfToken: () => undefined, onUnauthenticated: () => {} };

export function configureApiAuth(next: ApiAuthHooks): void {
  hooks = next;
}

export function apiAuthHooks(): ApiAuthHooks {
  return hooks;
}
