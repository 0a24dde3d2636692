import { createHash, randomBytes } from 'node:crypto';
import type { AuthContext } from '../lib/auth-context.ts';
import { type Clock, HOUR, MINUTE } from '../lib/clock.ts';
import type { SessionRepository, SessionWithAccount } from '../repositories/session.repository.ts';

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
 */
export function sessionService(deps: { repo: SessionRepository; clock: Clock }) {
  const { repo, clock } = deps;

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

  return {
    /** Starts a new session (a fresh id at every sign-in). Returns the cookie token. */
    async create(o: {
      accountId: string;
      kind: 'citizen' | 'staff';
      stage: 'partial' | 'full';
      userAgent?: string | undefined;
      ip?: string | undefined;
    }): Promise<{ token: string; sessionId: string; csrfToken: string }> {
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const now = clock.now();
      const id = hashToken(token);
      await repo.insert({
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
      });
      return { token, sessionId: id, csrfToken };
    },

    /** The live session for a cookie token, or null if unknown, revoked, idle or expired. */
    async resolve(token: string): Promise<AuthContext | null> {
      const id = hashToken(token);
      const row = await repo.findLive(id);
      if (!row) return null;
      const now = clock.now().getTime();
      const { session } = row;
      if (
        now >= session.expiresAt.getTime() ||
        now - session.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS
      ) {
        await repo.revoke(id, clock.now());
        return null;
      }
      if (now - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await repo.touch(id, clock.now());
      return toContext(row);
    },

    async end(sessionId: string): Promise<void> {
      await repo.revoke(sessionId, clock.now());
    },

    async endAll(accountId: string, exceptSessionId?: string): Promise<void> {
      await repo.revokeAllForAccount(accountId, clock.now(), exceptSessionId);
    },

    /** Marks a fresh proof of identity (re-entered password, passkey, second factor). */
    async markAuthenticated(sessionId: string, stage: 'partial' | 'full' = 'full'): Promise<void> {
      await repo.update(sessionId, { authenticatedAt: clock.now(), stage });
    },

    list: (accountId: string) => repo.listLive(accountId),
  };
}
export type SessionService = ReturnType<typeof sessionService>;
