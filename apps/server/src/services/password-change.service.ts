import { AppError } from '../lib/app-error.ts';
import type { AuthContext } from '../lib/auth-context.ts';
import type { Clock } from '../lib/clock.ts';
import type { UnitOfWork } from '../lib/unit-of-work.ts';
import { vnDateTime } from '../lib/vn-time.ts';
import { presentSessionInfo } from '../presenters/session-info.presenter.ts';
import type { AccountRepository, AccountWithPerson } from '../repositories/account.repository.ts';
import type { LoginThrottleService } from './login-throttle.service.ts';
import type { MailService } from './mail.service.ts';
import type { Hasher, PasswordService } from './password.service.ts';
import type { SessionService } from './session.service.ts';

const fieldError = (field: string, code: string) =>
  new AppError('VALIDATION_FAILED', 400, [{ field, code }]);

/** The throttle row of an account's own login identifier. */
export function throttleKeyOf(throttle: LoginThrottleService, a: AccountWithPerson): string {
  return a.kind === 'citizen'
    ? throttle.keyFor('citizen', a.bhxhCode ?? a.id)
    : throttle.keyFor('staff', a.username ?? a.id);
}

/**
 * "Đổi mật khẩu" (also the forced change after a reset) and re-entering the password before a
 * sensitive action. A wrong current password counts toward the same lock as a wrong sign-in, so a
 * borrowed session cannot be used to guess it.
 */
export function passwordChangeService(deps: {
  accounts: AccountRepository;
  sessions: SessionService;
  passwords: PasswordService;
  throttle: LoginThrottleService;
  uow: UnitOfWork;
  mail: MailService;
  clock: Clock;
}) {
  const { accounts, passwords, throttle } = deps;

  /** Checks the account's password under the throttle; false when wrong (423 while locked). */
  async function checkCurrent(account: AccountWithPerson, password: string, h: Hasher) {
    const key = throttleKeyOf(throttle, account);
    await throttle.reserve(key);
    const ok = await h.verify(account.passwordHash, password);
    if (ok) await throttle.clear(key);
    return ok;
  }

  async function load(auth: AuthContext): Promise<AccountWithPerson> {
    const account = await accounts.get(auth.accountId);
    if (!account) throw new AppError('UNAUTHENTICATED', 401);
    return account;
  }

  return {
    async change(auth: AuthContext, input: { currentPassword: string; newPassword: string }) {
      const account = await load(auth);
      // Policy first: it needs no hashing, and a refused password is never hashed.
      const broken = passwords.check(input.newPassword, {
        bhxhCode: account.bhxhCode,
        birthDate: account.birthDate,
        fullName: account.fullName ?? account.displayName,
        username: account.username,
      });
      // An oversized request is refused before any hashing or verifying.
      if (broken === 'PASSWORD_TOO_LONG') throw fieldError('newPassword', broken);
      const hash = await passwords.withSlot(async (h) => {
        // Every field's error at once (issue 11): a wrong current password and a weak new one
        // are both reported, so the person fixes them in one go.
        const fields: { field: string; code: string }[] = [];
        if (!(await checkCurrent(account, input.currentPassword, h)))
          fields.push({ field: 'currentPassword', code: 'PASSWORD_CURRENT_WRONG' });
        if (broken) fields.push({ field: 'newPassword', code: broken });
        else if (input.newPassword.normalize('NFC') === input.currentPassword.normalize('NFC'))
          fields.push({ field: 'newPassword', code: 'PASSWORD_SAME_AS_CURRENT' });
        if (fields.length > 0) throw new AppError('VALIDATION_FAILED', 400, fields);
        return h.hash(input.newPassword);
      });
      // The new password, the other sessions ended and the notice mail commit together.
      await deps.uow.run(async () => {
        await accounts.setPassword(account.id, hash, false);
        await deps.sessions.endAll(account.id, auth.sessionId);
        await deps.sessions.markAuthenticated(auth.sessionId, auth.stage);
        if (account.email) {
          await deps.mail.send('password-changed', account.email, {
            name: account.displayName,
            changedAt: vnDateTime(deps.clock.now()),
          });
        }
      });
      return presentSessionInfo({ ...account, mustChangePassword: false }, auth);
    },

    /** "Nhập lại mật khẩu": a fresh proof of identity for actions that need one within 5 minutes. */
    async reauthenticate(auth: AuthContext, password: string): Promise<void> {
      const account = await load(auth);
      const ok = await passwords.withSlot((h) => checkCurrent(account, password, h));
      if (!ok) throw fieldError('password', 'PASSWORD_CURRENT_WRONG');
      await deps.sessions.markAuthenticated(auth.sessionId, auth.stage);
    },
  };
}
export type PasswordChangeService = ReturnType<typeof passwordChangeService>;
