import { AppError } from '../lib/app-error.ts';
import type { AuthContext } from '../lib/auth-context.ts';
import { type Clock, MINUTE } from '../lib/clock.ts';
import {
  presentSessionInfo,
  presentSessionListItem,
  publicSessionId,
} from '../presenters/session-info.presenter.ts';
import type { AccountRepository, AccountRow } from '../repositories/account.repository.ts';
import type { SignInRepository } from '../repositories/sign-in.repository.ts';
import { invalidCredentials, type LoginThrottleService } from './login-throttle.service.ts';
import type { PasskeyLoginService } from './passkey-login.service.ts';
import type { PasswordService } from './password.service.ts';
import type { RateLimitService } from './rate-limit.service.ts';
import { IDLE_TIMEOUT_MS, type SessionService } from './session.service.ts';

/** Per IP, password and passkey sign-ins together (the default; configurable). */
export const LOGIN_PER_IP_PER_MINUTE = 20;

export type ClientInfo = { ip: string; userAgent?: string | undefined; previousSessionId?: string };
export type SignedIn = { token: string; info: ReturnType<typeof presentSessionInfo> };

/**
 * Citizens' "Đăng nhập" with mã số BHXH + mật khẩu, and their sessions. An unknown code and a
 * wrong password take the same path — the same throttle row, the same argon2 cost, the same 401.
 */
export function authService(deps: {
  accounts: AccountRepository;
  signIn: SignInRepository;
  sessions: SessionService;
  passwords: PasswordService;
  throttle: LoginThrottleService;
  passkeyLogin: PasskeyLoginService;
  rateLimits: RateLimitService;
  clock: Clock;
  loginsPerIpPerMinute?: number;
}) {
  const { accounts, sessions, passwords, throttle } = deps;
  const perIp = deps.loginsPerIpPerMinute ?? LOGIN_PER_IP_PER_MINUTE;

  /** A fresh session (a new id at every sign-in); the one the browser had, if any, ends. */
  async function startSession(
    account: AccountRow,
    stage: 'partial' | 'full',
    client: ClientInfo,
  ): Promise<{ token: string; sessionId: string; csrfToken: string }> {
    if (client.previousSessionId) await sessions.end(client.previousSessionId);
    return sessions.create({
      accountId: account.id,
      kind: account.kind,
      stage,
      userAgent: client.userAgent,
      ip: client.ip,
    });
  }

  return {
    startSession,

    /** Counts a sign-in attempt from `ip`; 429 with Retry-After past the limit (20 a minute). */
    limitIp: (ip: string) => deps.rateLimits.enforce(`login:ip:${ip}`, perIp, MINUTE),

    /**
     * Three round trips (docs/PERFORMANCE.md "Sign-in"): the per-IP counter with the account;
     * inside the argon2 slot the throttle reservation; after the right password the throttle
     * clear with the new session. An unknown code takes the same first two and the same verify.
     */
    async login(
      input: { bhxhCode: string; password: string },
      client: ClientInfo,
    ): Promise<SignedIn> {
      const ip = deps.rateLimits.counter(`login:ip:${client.ip}`, perIp, MINUTE);
      const { ipCount, account: found } = await deps.signIn.countIpAndFindCitizen(
        { key: ip.counterKey, expiresAt: ip.expiresAt },
        input.bhxhCode,
      );
      ip.enforce(ipCount);
      const key = throttle.keyFor('citizen', input.bhxhCode);
      // Only the attempt and the hash check hold an argon2 slot: the slot is the scarce part (and
      // an attempt refused 503 BUSY is not counted against the account).
      const { ok, lockedUntil } = await passwords.withSlot(async (h) => {
        const { lockedUntil } = await throttle.reserve(key);
        return { ok: await h.verify(found?.passwordHash ?? null, input.password), lockedUntil };
      });
      if (!ok || !found) throw invalidCredentials('INVALID_CREDENTIALS', lockedUntil);
      const account = found;
      if (passwords.needsRehash(found.passwordHash)) {
        // The right password is known from here on, even if the rehash finds no slot (503).
        await throttle.clear(key);
        const rehashed = await passwords.withSlot((h) => h.hash(input.password));
        await accounts.setPassword(found.id, rehashed, found.mustChangePassword);
      }
      const previous = client.previousSessionId ?? null;
      const s = sessions.draft(
        {
          accountId: account.id,
          kind: account.kind,
          stage: 'full',
          userAgent: client.userAgent,
          ip: client.ip,
        },
        previous ?? undefined,
      );
      await deps.signIn.clearThrottleAndStartSession(key, previous, deps.clock.now(), s.row);
      return {
        token: s.token,
        info: presentSessionInfo(account, { stage: 'full', csrfToken: s.csrfToken }),
      };
    },

    /** Options for "Đăng nhập bằng vân tay / khuôn mặt" (their own, looser per-IP limit). */
    async passkeyOptions(ip: string) {
      await deps.rateLimits.enforce(`webauthn-options:ip:${ip}`, 60, MINUTE);
      return deps.passkeyLogin.citizenOptions();
    },

    /** Passkey sign-in; it works while the password is locked, and lifts the lock (owner proven). */
    async loginWithPasskey(
      response: Record<string, unknown>,
      client: ClientInfo,
    ): Promise<SignedIn> {
      await this.limitIp(client.ip);
      const account = await deps.passkeyLogin.citizenLogin(response);
      await throttle.clear(throttle.keyFor('citizen', account.bhxhCode ?? account.id));
      const s = await startSession(account, 'full', client);
      return {
        token: s.token,
        info: presentSessionInfo(account, { stage: 'full', csrfToken: s.csrfToken }),
      };
    },

    /** GET /api/auth/session: the signed-in citizen, as the app shows them. */
    async sessionInfo(auth: AuthContext) {
      const account = await accounts.get(auth.accountId);
      if (!account) throw new AppError('UNAUTHENTICATED', 401);
      return presentSessionInfo(account, auth);
    },

    async listSessions(auth: AuthContext) {
      const rows = await sessions.list(auth.accountId);
      const now = deps.clock.now().getTime();
      return rows
        .filter(
          (r) => r.expiresAt.getTime() > now && now - r.lastSeenAt.getTime() < IDLE_TIMEOUT_MS,
        )
        .sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime())
        .map((r) => presentSessionListItem(r, auth.sessionId));
    },

    /** Ends one of the caller's own sessions; 404 for anyone else's. */
    async endSession(auth: AuthContext, publicId: string): Promise<void> {
      const rows = await sessions.list(auth.accountId);
      const row = rows.find((r) => publicSessionId(r.id) === publicId);
      if (!row) throw AppError.notFound();
      await sessions.end(row.id);
    },
  };
}
export type AuthService = ReturnType<typeof authService>;
