import { createHash, randomBytes } from 'node:crypto';
import type { AuthContext } from '../lib/auth-context.ts';
import { type Clock, HOUR, MINUTE } from '../lib/clock.ts';
import type { SessionRepository, SessionWithAccount } from '../repositories/session.repository.ts';
import type { SessionCache } from './session-cache.ts';

export const IDLE_TIMEOUT_MS = 30 * MINUTE;
export const ABSOLUTE_TIMEOUT_MS = 12 * HOUR;
/** lastSeenAt is written at most this often, to keep reads from turning into writes. */
const TOUCH_EVERY_MS = MINUTE;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Creating, resolving and ending server-side sessions. Tokens are 256 random bits; the
 * database only ever sees their hash.
 *
 * With a `cache` (services/session-cache.ts) the check of a token read in the last few seconds is
 * answered from memory; every change of a session or its account reaches every instance's cache
 * through NOTIFY (database triggers), and the writes made here also hold their keys out of this
 * instance's cache until that notification came back.
 */
type NewSession = {
  accountId: string;
  kind: 'citizen' | 'staff';
  stage: 'partial' | 'full';
  userAgent?: string | undefined;
  ip?: string | undefined;
};

export function sessionService(deps: {
  repo: SessionRepository;
  clock: Clock;
  cache?: SessionCache | undefined;
}) {
  const { repo, clock, cache } = deps;

  /** Expired (absolute or idle) or due for a lastSeenAt write, at `now`. */
  function check(r: SessionWithAccount, now: number): 'expired' | 'touch' | 'ok' {
    const s = r.session;
    if (now >= s.expiresAt.getTime() || now - s.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS)
      return 'expired';
    return now - s.lastSeenAt.getTime() >= TOUCH_EVERY_MS ? 'touch' : 'ok';
  }

  function toContext(r: SessionWithAccount): AuthContext {
    const { session: s, account: a } = r;
    return {
      sessionId: s.id,
      accountId: a.id,
      kind: s.kind,
      role: a.role,
      agencyId: a.agencyId,
      bhxhCode: a.bhxhCode,
      displayName: a.displayName,
      mustChangePassword: a.mustChangePassword,
      stage: s.stage,
      authenticatedAt: s.authenticatedAt,
      csrfToken: s.csrfToken,
    };
  }

  /**
   * A new session's row and its cookie token, not yet written: for a caller that inserts it in
   * a statement of its own (the password sign-in). `replacing` is a session this browser had,
   * to be ended in the same statement: held out of this instance's cache from now on.
   */
  function draft(o: NewSession, replacing?: string) {
    if (replacing) cache?.hold(`s:${replacing}`);
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = clock.now();
    const id = hashToken(token);
    const row = {
      id,
      accountId: o.accountId,
      kind: o.kind,
      stage: o.stage,
      csrfToken,
      userAgent: o.userAgent?.slice(0, 300) ?? null,
      ip: o.ip ?? null,
      createdAt: now,
      lastSeenAt: now,
      authenticatedAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
    };
    return { row, token, sessionId: id, csrfToken };
  }

  return {
    draft,

    /** Starts a new session (a fresh id at every sign-in). Returns the cookie token. */
    async create(o: NewSession): Promise<{ token: string; sessionId: string; csrfToken: string }> {
      const { row, token, sessionId, csrfToken } = draft(o);
      await repo.insert(row);
      return { token, sessionId, csrfToken };
    },

    /** The live session for a cookie token, or null if unknown, revoked, idle or expired. */
    async resolve(token: string): Promise<AuthContext | null> {
      const id = hashToken(token);
      const cached = cache?.get(id);
      const cachedState = cached && check(cached, clock.now().getTime());
      // An expired copy goes the database's way below (which revokes it).
      if (cached && cachedState !== 'expired') {
        if (cachedState === 'touch') {
          const at = clock.now();
          await repo.touch(id, at);
          cached.session.lastSeenAt = at;
        }
        return toContext(cached);
      }
      const ticket = cache?.ticket() ?? 0;
      const row = await repo.findLive(id);
      if (!row) return null;
      const state = check(row, clock.now().getTime());
      if (state === 'expired') {
        cache?.hold(`s:${id}`);
        await repo.revoke(id, clock.now());
        return null;
      }
      if (state === 'touch') {
        const at = clock.now();
        await repo.touch(id, at);
        row.session.lastSeenAt = at;
      }
      cache?.put(id, row, ticket);
      return toContext(row);
    },

    async end(sessionId: string): Promise<void> {
      cache?.hold(`s:${sessionId}`);
      await repo.revoke(sessionId, clock.now());
    },

    async endAll(accountId: string, exceptSessionId?: string): Promise<void> {
      cache?.hold(`a:${accountId}`);
      await repo.revokeAllForAccount(accountId, clock.now(), exceptSessionId);
    },

    /** Marks a fresh proof of identity (re-entered password, passkey, second factor). */
    async markAuthenticated(sessionId: string, stage: 'partial' | 'full' = 'full'): Promise<void> {
      cache?.hold(`s:${sessionId}`);
      await repo.update(sessionId, { authenticatedAt: clock.now(), stage });
    },

    /** This instance's cache of session checks (null when off). */
    cache: cache ?? null,

    list: (accountId: string) => repo.listLive(accountId),
  };
}
export type SessionService = ReturnType<typeof sessionService>;
