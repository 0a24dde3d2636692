import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../lib/app-error.ts';
import { type Clock, MINUTE } from '../lib/clock.ts';
import { maskEmail } from '../lib/mask-email.ts';
import { randomPassword } from '../lib/random-password.ts';
import { hmac } from '../lib/secrets.ts';
import type { UnitOfWork } from '../lib/unit-of-work.ts';
import { vnDateTime } from '../lib/vn-time.ts';
import type { AccountRepository } from '../repositories/account.repository.ts';
import type { OtpRepository } from '../repositories/otp.repository.ts';
import type { LoginThrottleService } from './login-throttle.service.ts';
import type { MailService } from './mail.service.ts';
import { OTP_RESEND_AFTER_MS, OTP_TTL_MS, type OtpService } from './otp.service.ts';
import type { PasswordService } from './password.service.ts';
import { throttleKeyOf } from './password-change.service.ts';
import type { RateLimitService } from './rate-limit.service.ts';
import type { SessionService } from './session.service.ts';

/** Every start/resend answers no sooner than this, so sending a mail does not show in the timing. */
export const RESET_ANSWER_FLOOR_MS = 300;
const PURPOSE = 'password_reset';
type Started = { requestId: string; expiresAt: string; resendAfter: string };

/**
 * "Quên mật khẩu?": mã số BHXH + registered email → a 6-digit code by mail → "Xác nhận" → a new
 * password by mail. A pair that matches no account gets a decoy request that behaves the same
 * (same answers, same timing rules, same attempt counting) but has no code anyone received, and
 * can never succeed — so the answers never tell whether the code or the email matched.
 */
export function passwordResetService(deps: {
  accounts: AccountRepository;
  otps: OtpService;
  otpRepo: OtpRepository;
  sessions: SessionService;
  passwords: PasswordService;
  throttle: LoginThrottleService;
  uow: UnitOfWork;
  mail: MailService;
  rateLimits: RateLimitService;
  clock: Clock;
  hmacKey: Buffer;
}) {
  const { accounts, otps, clock } = deps;
  const padded = async <T>(fn: () => Promise<T>): Promise<T> => {
    const until = Date.now() + RESET_ANSWER_FLOOR_MS;
    try {
      return await fn();
    } finally {
      await sleep(Math.max(0, until - Date.now()));
    }
  };
  const iso = (d: Date) => d.toISOString();

  /** Sends (or re-sends) the code for `subject`; mails it only when the subject is an account. */
  async function send(subject: string, data: Record<string, unknown>): Promise<Started> {
    const accountId = subject.startsWith('account:') ? subject.slice('account:'.length) : null;
    const account = accountId ? await accounts.get(accountId) : undefined;
    // The code and its mail commit together (a decoy's code has no mail).
    const issued = await deps.uow.run(async () => {
      const issued = await otps.issue({ purpose: PURPOSE, subject, data });
      if (account?.email) {
        await deps.mail.send('password-reset-code', account.email, {
          code: issued.code,
          validMinutes: OTP_TTL_MS / MINUTE,
        });
      }
      return issued;
    });
    return {
      requestId: issued.id,
      expiresAt: iso(issued.expiresAt),
      resendAfter: iso(issued.resendAfter),
    };
  }

  return {
    async start(input: { bhxhCode: string; email: string }, ip: string): Promise<Started> {
      await deps.rateLimits.enforce(`reset:ip:${ip}`, 10, MINUTE);
      await deps.rateLimits.enforceMailIp('password-reset', ip);
      return padded(async () => {
        const account = await accounts.findCitizenByCode(input.bhxhCode);
        const typed = input.email.trim().toLowerCase();
        const match = !!account?.email && account.email.trim().toLowerCase() === typed;
        const subject = match
          ? `account:${account!.id}`
          : `decoy:${hmac(deps.hmacKey, `reset:${input.bhxhCode}:${typed}`)}`;
        // Asked again within 60 s (a double tap): the same request, no second mail.
        const open = await deps.otpRepo.findOpen(PURPOSE, subject);
        if (open && clock.now().getTime() - open.lastSentAt.getTime() < OTP_RESEND_AFTER_MS) {
          const resendAfter = new Date(open.lastSentAt.getTime() + OTP_RESEND_AFTER_MS);
          return {
            requestId: open.id,
            expiresAt: iso(open.expiresAt),
            resendAfter: iso(resendAfter),
          };
        }
        // Counted on the typed address whether it matched or not (resends too, by the key kept
        // with the request), so a 429 tells nothing about the account.
        const to = deps.rateLimits.recipientKey(typed);
        await deps.rateLimits.enforceMailRecipient('password-reset', to);
        return send(subject, match ? { to } : { decoy: true, to });
      });
    },

    async resend(input: { requestId: string }, ip: string): Promise<Started> {
      await deps.rateLimits.enforce(`reset:ip:${ip}`, 10, MINUTE);
      await deps.rateLimits.enforceMailIp('password-reset', ip);
      return padded(async () => {
        const row = await deps.otpRepo.get(input.requestId).catch(() => undefined);
        if (row?.purpose !== PURPOSE) throw new AppError('OTP_INVALID', 400);
        const to = typeof row.data?.to === 'string' ? row.data.to : row.subject;
        await deps.rateLimits.enforceMailRecipient('password-reset', to);
        return send(row.subject, row.data ?? {});
      });
    },

    /** The right code: a new random password is mailed, every session ends, the lock is lifted. */
    async confirm(input: { requestId: string; otp: string }, ip: string) {
      await deps.rateLimits.enforce(`reset-confirm:ip:${ip}`, 30, MINUTE);
      const row = await otps.check({ id: input.requestId, purpose: PURPOSE, code: input.otp });
      const account = row.subject.startsWith('account:')
        ? await accounts.get(row.subject.slice('account:'.length))
        : undefined;
      // A decoy's code was never sent anywhere; even a lucky guess is just a wrong code.
      if (!account?.email) throw new AppError('OTP_INVALID', 400);
      const password = randomPassword();
      const hash = await deps.passwords.withSlot((h) => h.hash(password));
      // The code used up, the new password, the lock lifted, every session ended and the mail
      // with the password: one unit of work, so a failure leaves the code usable for a retry.
      await deps.uow.run(async () => {
        await otps.consume(row.id);
        await accounts.setPassword(account.id, hash, true);
        await deps.throttle.clear(throttleKeyOf(deps.throttle, account));
        await deps.sessions.endAll(account.id);
        await deps.mail.send('password-reset-done', account.email!, {
          password,
          resetAt: vnDateTime(clock.now()),
        });
      });
      return { maskedEmail: maskEmail(account.email)! };
    },
  };
}
export type PasswordResetService = ReturnType<typeof passwordResetService>;
