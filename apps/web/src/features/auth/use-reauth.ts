import { useCallback, useState } from 'react';
import { ApiRequestError } from '../../lib/api.ts';

export const isReauthError = (error: unknown) =>
  error instanceof ApiRequestError && error.code === 'REAUTH_REQUIRED';

/**
 * Sensitive actions (adding or removing a passkey) need a sign-in within 5 minutes. When the
 * server says 403 REAUTH_REQUIRED, the screen asks for the password and then runs the action
 * again, so the person never has to start over.
 */
export function useReauth() {
  const [retry, setRetry] = useState<(() => void) | null>(null);

  /** Call from onError: true when the error was REAUTH_REQUIRED and the password is asked. */
  const guard = useCallback((error: unknown, again: () => void) => {
    if (!isReauthError(error)) return false;
    setRetry(() => again);
    return true;
  }, []);

  const done = () => {
    setRetry(null);
    retry?.();
  };
  return { needed: retry !== null, guard, done, cancel: () => setRetry(null) };
}

export type Reauth = ReturnType<typeof useReauth>;
