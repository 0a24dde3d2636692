import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { createPopulationRegistry } from '../../integrations/population-registry/registry-factory.ts';
import { encryptedStorage } from '../../integrations/storage/file-storage.ts';
import type { Clock } from '../../lib/clock.ts';
import type { UnitOfWork } from '../../lib/unit-of-work.ts';
import { adminUnitsRepository } from '../../repositories/admin-units.repository.ts';
import { agencyRepository } from '../../repositories/agency.repository.ts';
import { auditRepository } from '../../repositories/audit.repository.ts';
import { auditLogQueryRepository } from '../../repositories/audit-log-query.repository.ts';
import { registrationRepository } from '../../repositories/registration.repository.ts';
import { registrationLookupRepository } from '../../repositories/registration-lookup.repository.ts';
import { registrationPhotoRepository } from '../../repositories/registration-photo.repository.ts';
import { registrationQueueRepository } from '../../repositories/registration-queue.repository.ts';
import { storedFileRepository } from '../../repositories/stored-file.repository.ts';
import { adminUnitsService } from '../admin-units.service.ts';
import type { MailService } from '../mail.service.ts';
import type { OtpService } from '../otp.service.ts';
import { type RateLimitService, REGISTRATION_OTP_SENDS_PER_DRAFT } from '../rate-limit.service.ts';
import { draftAccess } from './draft-access.ts';
import { registrationApplicantService } from './registration-applicant.service.ts';
import { registrationAudit } from './registration-audit.ts';
import { registrationDecisionService } from './registration-decision.service.ts';
import { registrationDraftService } from './registration-draft.service.ts';
import { registrationPhotoService } from './registration-photo.service.ts';
import { registrationReviewService } from './registration-review.service.ts';
import { registrationRules } from './registration-rules.ts';
import { registrationStatusService } from './registration-status.service.ts';
import { registrationSubmitService } from './registration-submit.service.ts';
import { registrationSweepService } from './registration-sweep.service.ts';
import { submissionMail } from './submission-mail.ts';

/** Everything "Đăng ký tài khoản" needs, wired once per runtime (one line in runtime.ts). */
export function registrationServices(d: {
  db: Db;
  config: Config;
  clock: Clock;
  fileKey: Buffer;
  uow: UnitOfWork;
  mail: MailService;
  otps: OtpService;
  rateLimits: RateLimitService;
}) {
  const { db, clock, config } = d;
  const repo = registrationRepository(db);
  const photos = registrationPhotoRepository(db);
  const lookup = registrationLookupRepository(db);
  const queue = registrationQueueRepository(db);
  const files = storedFileRepository(db);
  const storage = encryptedStorage(files, d.fileKey);
  const { registry, simulator } = createPopulationRegistry(
    config.populationRegistry,
    config.production,
  );
  const limits = config.registrationLimits;
  const access = draftAccess({ repo, clock });
  const rules = registrationRules({ lookup, repo });
  const drafts = registrationDraftService({
    repo,
    photos,
    access,
    rateLimits: d.rateLimits,
    clock,
    draftsPerHour: limits.draftsPerHour,
  });
  const audit = registrationAudit({
    repo: auditRepository(db),
    query: auditLogQueryRepository(db),
    clock,
    uow: d.uow,
  });
  return {
    adminUnits: adminUnitsService({ repo: adminUnitsRepository(db) }),
    agencies: agencyRepository(db),
    registry,
    /** The simulator (outside production), switchable normal/slow/down by tests. */
    registrySimulator: simulator,
    drafts,
    applicant: registrationApplicantService({
      access,
      drafts,
      lookup,
      rules,
      registry,
      rateLimits: d.rateLimits,
      clock,
      limits,
    }),
    photos: registrationPhotoService({ access, drafts, photos, storage, clock }),
    submit: registrationSubmitService({
      access,
      drafts,
      repo,
      photos,
      lookup,
      rules,
      otps: d.otps,
      uow: d.uow,
      mail: d.mail,
      submissionMail: submissionMail({ lookup, mail: d.mail, publicUrl: config.publicUrl }),
      rateLimits: d.rateLimits,
      otpSendsPerIpHour: REGISTRATION_OTP_SENDS_PER_DRAFT * limits.draftsPerHour,
      clock,
    }),
    status: registrationStatusService({
      repo,
      lookup,
      rateLimits: d.rateLimits,
      checksPerMinute: limits.checksPerMinute,
    }),
    review: registrationReviewService({ repo, queue, photos, lookup, storage, audit }),
    decisions: registrationDecisionService({
      repo,
      lookup,
      audit,
      uow: d.uow,
      mail: d.mail,
      clock,
      undoSeconds: config.decisionUndoSeconds,
    }),
    audit,
    sweep: registrationSweepService({
      queue,
      photos,
      storage,
      deleteOrphans: files.deleteOrphans,
      clock,
    }),
  };
}
export type RegistrationServices = ReturnType<typeof registrationServices>;
