import {
  type OtpSendRequest,
  otpSendRequestSchema,
  REGISTRATION_OTP_TTL_SECONDS,
} from '@vssid/contracts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { maskEmail } from '../../lib/mask-email.ts';
import { uniqueViolation } from '../../lib/unique-violation.ts';
import type { UnitOfWork } from '../../lib/unit-of-work.ts';
import type {
  RegistrationRepository,
  RegistrationRow,
} from '../../repositories/registration.repository.ts';
import type { RegistrationLookupRepository } from '../../repositories/registration-lookup.repository.ts';
import type { RegistrationPhotoRepository } from '../../repositories/registration-photo.repository.ts';
import type { MailService } from '../mail.service.ts';
import type { OtpService } from '../otp.service.ts';
import type { RateLimitService } from '../rate-limit.service.ts';
import { type DraftAccess, newToken, sha256 } from './draft-access.ts';
import type { RegistrationDraftService } from './registration-draft.service.ts';
import { ensureComplete, parseOrRefuse, type RegistrationRules } from './registration-rules.ts';
import type { SubmissionMail } from './submission-mail.ts';

/**
 * Step 4: "Gửi" checks everything and mails a code to the chosen email; "Xác nhận" with that
 * code submits the application (status 'pending'), numbers it and mails the declaration PDF.
 * The email that counts is the one the code was sent to, so it is proven by the code.
 */
export function registrationSubmitService(deps: {
  access: DraftAccess;
  drafts: RegistrationDraftService;
  repo: RegistrationRepository;
  photos: RegistrationPhotoRepository;
  lookup: RegistrationLookupRepository;
  rules: RegistrationRules;
  otps: OtpService;
  uow: UnitOfWork;
  mail: MailService;
  submissionMail: SubmissionMail;
  rateLimits: RateLimitService;
  /** Codes one client IP may have mailed an hour (a few per draft it may open). */
  otpSendsPerIpHour: number;
  clock: Clock;
}) {
  async function ensureSubmittable(row: RegistrationRow, agencyId: string, emailKey: string) {
    ensureComplete(row, await deps.photos.list(row.id));
    if (!(await deps.lookup.agency(agencyId)))
      throw new AppError('AGENCY_NOT_FOUND', 422, [
        { field: 'agencyId', code: 'AGENCY_NOT_FOUND' },
      ]);
    await deps.rules.ensureCodeFree(row.bhxhCode!, row.id);
    await deps.rules.ensureEmailFree(emailKey, row.bhxhCode!);
  }

  return {
    async sendOtp(
      id: string,
      token: string | undefined,
      body: Partial<OtpSendRequest>,
      ip: string,
    ) {
      await deps.rateLimits.enforceMailIp('registration-otp', ip, deps.otpSendsPerIpHour);
      let row = await deps.access.openDraft(id, token);
      const raw = { agencyId: String(body.agencyId ?? ''), email: String(body.email ?? '') };
      row = await deps.drafts.save(row, { answers: { ...row.answers, ...raw } });
      const { agencyId, email } = parseOrRefuse(otpSendRequestSchema, body);
      const emailKey = email.toLowerCase();
      await ensureSubmittable(row, agencyId, emailKey);
      // The code goes to an address the caller typed: at most a few a day to any one address.
      await deps.rateLimits.enforceMailRecipient(
        'registration-otp',
        deps.rateLimits.recipientKey(emailKey),
      );

      // A resend replaces the code: the valid code always went to the email saved with it.
      // The code, the draft pointing at it and its mail commit together.
      const issued = await deps.uow.run(async () => {
        const issued = await deps.otps.issue({ purpose: 'registration', subject: row.id });
        await deps.drafts.save(row, {
          answers: { ...row.answers, agencyId, email },
          agencyId,
          email,
          emailKey,
          otpId: issued.id,
          otpSentAt: deps.clock.now(),
          otpExpiresAt: issued.expiresAt,
        });
        await deps.mail.send('registration-otp', email, {
          code: issued.code,
          fullName: row.fullName!,
        });
        return issued;
      });
      return {
        maskedEmail: maskEmail(email) ?? '',
        expiresAt: issued.expiresAt.toISOString(),
        resendAfter: issued.resendAfter.toISOString(),
        ttlSeconds: REGISTRATION_OTP_TTL_SECONDS,
      };
    },

    async submit(id: string, token: string | undefined, otp: string) {
      const row = await deps.access.openDraft(id, token);
      if (!row.otpId)
        throw new AppError('OTP_NOT_SENT', 409, [{ field: 'otp', code: 'OTP_NOT_SENT' }]);
      const otpId = row.otpId;
      await deps.otps
        .check({ id: otpId, purpose: 'registration', code: otp })
        .catch((err: unknown) => {
          if (err instanceof AppError)
            throw new AppError(err.code, err.status, [{ field: 'otp', code: err.code }]);
          throw err;
        });
      const email = row.email!;
      const agencyId = row.agencyId!;
      await ensureSubmittable(row, agencyId, email.toLowerCase());

      const statusToken = newToken();
      const now = deps.clock.now();
      // One unit of work: the code used up, the application numbered and its receipt mail (with
      // the only copy of the status link) — all or nothing, so a failed submit can be retried.
      const submitted = await deps.uow
        .run(async () => {
          const submitted = await deps.repo.submit(row.id, vnYear(now), {
            email,
            emailKey: email.toLowerCase(),
            agencyId,
            statusTokenHash: sha256(statusToken),
            submittedAt: now,
            updatedAt: now,
            expiresAt: null,
          });
          if (!submitted) return undefined;
          await deps.otps.consume(otpId);
          await deps.submissionMail.send(submitted, statusToken);
          return submitted;
        })
        .catch((err: unknown) => {
          const c = uniqueViolation(err);
          if (c === 'registrations_one_pending_per_email')
            throw new AppError('EMAIL_TAKEN', 409, [{ field: 'email', code: 'EMAIL_TAKEN' }]);
          if (c === 'registrations_one_pending_per_code')
            throw new AppError('APPLICATION_EXISTS', 409, [
              { field: 'bhxhCode', code: 'APPLICATION_EXISTS' },
            ]);
          throw err;
        });
      if (!submitted) throw new AppError('REGISTRATION_ALREADY_SUBMITTED', 409);
      return {
        applicationNumber: submitted.applicationNumber!,
        status: 'pending' as const,
        submittedAt: now.toISOString(),
        maskedEmail: maskEmail(email) ?? '',
      };
    },
  };
}

/** The year in Vietnam (UTC+7), for the application number. */
function vnYear(d: Date): number {
  return new Date(d.getTime() + 7 * 3600_000).getUTCFullYear();
}
