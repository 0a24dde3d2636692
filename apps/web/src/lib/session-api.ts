import { type SessionInfo, sessionInfoSchema } from '@vssid/contracts';
import { ApiRequestError, apiFetch } from './api.ts';

/**
 * GET an "is anyone signed in?" endpoint: the SessionInfo, or null on 401 (signed out).
 * Its own module so the first download stays free of zod: lib/session.ts imports it lazily.
 */
export async function fetchSessionInfo(path: string): Promise<SessionInfo | null> {
  try {
    return await apiFetch(path, {
      signedOutOk: true,
      parse: (data) => sessionInfoSchema.parse(data),
    });
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}
