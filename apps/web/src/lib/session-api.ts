import { type SessionInfo, sessionInfoSchema } from '@vssid/contracts';
import { ApiRequestError, apiFetch } from './api.ts';

/**
 * GET an "is anyone signed in?" endpoint: the SessionInfo, or null when signed out (401 from
 * the back office's endpoint, 204 from the citizen's).
 * Its own module so the first download stays free of zod: lib/session.ts imports it lazily.
 */
export async function fetchSessionInfo(path: string): Promise<SessionInfo | null> {
  try {
    return await apiFetch(path, {
      signedOutOk: true,
      parse: (data) => (data === undefined ? null : sessionInfoSchema.parse(data)),
    });
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

/** The body of a 200 from GET /api/auth/session, checked. */
export const parseSessionInfo = (data: unknown): SessionInfo => sessionInfoSchema.parse(data);
