import { AppError } from '../lib/app-error.ts';
import type { AuthContext } from '../lib/auth-context.ts';
import { type Clock, MINUTE } from '../lib/clock.ts';
import type { UnitOfWork } from '../lib/unit-of-work.ts';
import { presentSessionInfo } from '../presenters/session-info.presenter.ts';
import type { AccountRepository } from '../repositories/account.repository.ts';
import type { PasskeyRepository } from '../repositories/passkey.repository.ts';
import type { AuditService } from './audit.service.ts';
import type { AuthService, ClientInfo } from './auth.service.ts';
import {
  invalidCredentials,
  type LoginThrottleService,
  TOTP_LOCK,
} from './login-throttle.service.ts';
import type { PasskeyLoginService } from './passkey-login.service.ts';
import type { PasswordService } from './password.service.ts';
import type { SessionService } from './session.service.ts';
import type { TotpService } from './totp.service.ts';

/** The second factor must follow the password within this time. */
export const SECOND_FACTOR_WINDOW_MS = 5 * MINUTE;
type Factor = 'totp' | 'passkey';
type Result = { token: string | null; info: ReturnType<typeof presentSessionInfo> };

/**
 * Staff sign-in at /admin: username + password gives a 'partial' session that opens nothing but
 * the second-factor step; a TOTP code or a passkey then gives a full session under a new id.
 */
export function staffAuthService(deps: {
  accounts: AccountRepository;
  passkeys: PasskeyRepository;
  sessions: SessionService;
  passwords: PasswordService;
  throttle: LoginThrottleService;
  auth: AuthService;
  totp: TotpService;
  passkeyLogin: PasskeyLoginService;
  audit: AuditService;
  uow: UnitOfWork;
  clock: Clock;
}) {
  const { accounts, throttle, clock } = deps;

  async function factorsOf(accountId: string): Promise<Factor[]> {
    const f: Factor[] = [];
    if (await deps.totp.enrolled(accountId)) f.push('totp');
    if ((await deps.passkeys.listForAccount(accountId)).length > 0) f.push('passkey');
    return f;
  }

  /** The pending sign-in, or null when this session already has both factors. */
  async function pending(auth: AuthContext | null): Promise<AuthContext | null> {
    if (auth?.kind !== 'staff') throw new AppError('UNAUTHENTICATED', 401);
    if (auth.stage === 'full') return null;
    if (clock.now().getTime() - auth.authenticatedAt.getTime() > SECOND_FACTOR_WINDOW_MS) {
      await deps.sessions.end(auth.sessionId);
      throw new AppError('SECOND_FACTOR_EXPIRED', 401);
    }
    return auth;
  }

  async function complete(auth: AuthContext, method: Factor, client: ClientInfo): Promise<Result> {
    const account = await accounts.get(auth.accountId);
    if (!account) throw new AppError('UNAUTHENTICATED', 401);
    // The full session and its audit row commit together: no sign-in goes unrecorded.
    const s = await deps.uow.run(async () => {
      const s = await deps.auth.startSession(account, 'full', {
        ...client,
        previousSessionId: auth.sessionId,
      });
      await deps.audit.record(
        { accountId: account.id, role: account.role, agencyId: account.agencyId },
        {
          action: 'auth.sign_in',
          subjectType: 'account',
          subjectId: account.id,
          detail: { method },
        },
      );
      return s;
    });
    return {
      token: s.token,
      info: presentSessionInfo(account, { stage: 'full', csrfToken: s.csrfToken }),
    };
  }

  async function session(auth: AuthContext) {
    const account = await accounts.get(auth.accountId);
    if (!account || auth.kind !== 'staff') throw new AppError('UNAUTHENTICATED', 401);
    const factors = auth.stage === 'partial' ? await factorsOf(account.id) : undefined;
    return presentSessionInfo(account, auth, factors);
  }
  /** A second factor sent again on a full session: nothing to do, no new session. */
  const current = async (auth: AuthContext): Promise<Result> => ({
    token: null,
    info: await session(auth),
  });

  return {
    async login(
      input: { username: string; password: string },
      client: ClientInfo,
    ): Promise<Result> {
      await deps.auth.limitIp(client.ip);
      const username = input.username.trim().toLowerCase();
      const account = await deps.passwords.withSlot(async (h) => {
        const key = throttle.keyFor('staff', username);
        const found = await accounts.findStaffByUsername(username);
        const { lockedUntil } = await throttle.reserve(key);
        const ok = await h.verify(found?.passwordHash ?? null, input.password);
        if (!ok || !found) throw invalidCredentials('STAFF_INVALID_CREDENTIALS', lockedUntil);
        await throttle.clear(key);
        return found;
      });
      const s = await deps.auth.startSession(account, 'partial', client);
      const info = presentSessionInfo(
        account,
        { stage: 'partial', csrfToken: s.csrfToken },
        await factorsOf(account.id),
      );
      return { token: s.token, info };
    },

    session,

    async totp(auth: AuthContext | null, code: string, client: ClientInfo): Promise<Result> {
      const p = await pending(auth);
      if (!p) return current(auth!);
      // The second factor has its own budget per account: the password's counter is cleared by the
      // right password, so sharing it would give whoever knows the password unlimited code guesses.
      // Only a right code clears this one; 5 wrong codes lock it like 5 wrong passwords.
      const key = throttle.keyFor('staff_totp', p.accountId);
      const { lockedUntil } = await throttle.reserve(key, TOTP_LOCK);
      if (!(await deps.totp.check(p.accountId, code)))
        throw invalidCredentials('TOTP_INVALID', lockedUntil);
      await throttle.clear(key);
      return complete(p, 'totp', client);
    },

    async passkeyOptions(auth: AuthContext | null) {
      const p = await pending(auth);
      if (!p) throw new AppError('PASSKEY_FAILED', 400);
      return deps.passkeyLogin.staffOptions(p.accountId);
    },

    async passkey(auth: AuthContext | null, response: Record<string, unknown>, client: ClientInfo) {
      const p = await pending(auth);
      if (!p) return current(auth!);
      await deps.passkeyLogin.staffVerify(p.accountId, response);
      return complete(p, 'passkey', client);
    },
  };
}
export type StaffAuthService = ReturnType<typeof staffAuthService>;
