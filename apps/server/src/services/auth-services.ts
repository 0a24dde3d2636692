import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import type { Clock } from '../lib/clock.ts';
import type { Secrets } from '../lib/secrets.ts';
import type { UnitOfWork } from '../lib/unit-of-work.ts';
import { accountRepository } from '../repositories/account.repository.ts';
import { auditRepository } from '../repositories/audit.repository.ts';
import { loginThrottleRepository } from '../repositories/login-throttle.repository.ts';
import { otpRepository } from '../repositories/otp.repository.ts';
import { passkeyRepository } from '../repositories/passkey.repository.ts';
import { signInRepository } from '../repositories/sign-in.repository.ts';
import { staffTotpRepository } from '../repositories/staff-totp.repository.ts';
import { webauthnChallengeRepository } from '../repositories/webauthn-challenge.repository.ts';
import { auditService } from './audit.service.ts';
import { authService } from './auth.service.ts';
import { loginThrottleService } from './login-throttle.service.ts';
import type { MailService } from './mail.service.ts';
import type { OtpService } from './otp.service.ts';
import { passkeyService } from './passkey.service.ts';
import { passkeyLoginService } from './passkey-login.service.ts';
import { passwordService } from './password.service.ts';
import { passwordChangeService } from './password-change.service.ts';
import { passwordResetService } from './password-reset.service.ts';
import type { RateLimitService } from './rate-limit.service.ts';
import type { SessionService } from './session.service.ts';
import { staffAuthService } from './staff-auth.service.ts';
import { staffDirectoryService } from './staff-directory.service.ts';
import { totpService } from './totp.service.ts';

/**
 * Sign-in and account security, wired once per runtime: citizens' password and passkey sign-in,
 * password change and reset, staff sign-in with a second factor, the audit log.
 */
export function authServices(d: {
  db: Db;
  /** Raw statements of the password sign-in (repositories/sign-in.repository.ts). */
  database: Pick<Database, 'executeSql'>;
  config: Config;
  clock: Clock;
  secrets: Secrets;
  uow: UnitOfWork;
  mail: MailService;
  sessions: SessionService;
  otps: OtpService;
  rateLimits: RateLimitService;
}) {
  const { db, clock, sessions, mail, rateLimits } = d;
  const accounts = accountRepository(db);
  const passkeys = passkeyRepository(db);
  const challenges = webauthnChallengeRepository(db);
  const totpRepo = staffTotpRepository(db);
  const rp = { name: 'VssID – BHXH số', ...d.config.webauthn };
  const passwords = passwordService(d.config.argon2);
  const throttle = loginThrottleService({
    repo: loginThrottleRepository(db),
    clock,
    hmacKey: d.secrets.hmacKey,
  });
  const audit = auditService({ repo: auditRepository(db), clock });
  const passkeyLogin = passkeyLoginService({ passkeys, challenges, accounts, rp, clock });
  const auth = authService({
    accounts,
    signIn: signInRepository(d.database),
    sessions,
    passwords,
    throttle,
    passkeyLogin,
    rateLimits,
    clock,
    loginsPerIpPerMinute: d.config.loginsPerIpPerMinute,
  });
  const totp = totpService({ repo: totpRepo, fieldKey: d.secrets.fieldKey, clock });
  const common = { accounts, sessions, passwords, throttle, uow: d.uow, mail, clock };
  return {
    passwords,
    throttle,
    auth,
    audit,
    passkeyLogin,
    passwordChange: passwordChangeService(common),
    passwordReset: passwordResetService({
      ...common,
      otps: d.otps,
      otpRepo: otpRepository(db),
      rateLimits,
      hmacKey: d.secrets.hmacKey,
    }),
    passkeys: passkeyService({ passkeys, challenges, rp, clock }),
    staffAuth: staffAuthService({ ...common, passkeys, auth, totp, passkeyLogin, audit }),
    staffDirectory: staffDirectoryService({ accounts, totp: totpRepo, passkeys }),
    /** Deletes spent WebAuthn challenges older than a day. */
    purgeChallenges: () => challenges.purge(clock.now()),
  };
}
export type AuthServices = ReturnType<typeof authServices>;
