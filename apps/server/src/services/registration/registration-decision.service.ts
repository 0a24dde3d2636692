import type { RejectRequest } from '@vssid/contracts';
import { REJECT_REASON_LABELS } from '@vssid/contracts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { randomPassword } from '../../lib/random-password.ts';
import { uniqueViolation } from '../../lib/unique-violation.ts';
import type { UnitOfWork } from '../../lib/unit-of-work.ts';
import type { RegistrationRepository } from '../../repositories/registration.repository.ts';
import type { RegistrationLookupRepository } from '../../repositories/registration-lookup.repository.ts';
import type { MailService } from '../mail.service.ts';
import type { RegistrationAudit } from './registration-audit.ts';
import { loadForAgency, type Staff } from './registration-review.service.ts';
import { REFUSED_FILES_KEPT_MS } from './registration-rules.ts';

/**
 * "Duyệt" and "Từ chối" by an officer of the application's agency. Each is a conditional
 * update from 'pending', so a second (or concurrent) decision gets 409 and changes nothing;
 * each commits with its audit row and its mail to the applicant, or not at all.
 */
export function registrationDecisionService(deps: {
  repo: RegistrationRepository;
  lookup: RegistrationLookupRepository;
  audit: RegistrationAudit;
  uow: UnitOfWork;
  mail: MailService;
  clock: Clock;
}) {
  const load = (auth: Staff, id: string) => loadForAgency(deps.repo, auth, id);
  const decisionMade = () => new AppError('DECISION_ALREADY_MADE', 409);

  return {
    /** "Duyệt": creates the citizen account and mails "ID và mật khẩu". */
    async approve(auth: Staff, id: string) {
      const r = await load(auth, id);
      if (r.status !== 'pending') throw decisionMade();
      if (await deps.lookup.accountExists(r.bhxhCode!))
        throw new AppError('ACCOUNT_EXISTS', 409, [{ field: 'bhxhCode', code: 'ACCOUNT_EXISTS' }]);
      const password = randomPassword();
      // argon2 before the transaction: nothing slow holds it (on PGlite it would hold everyone).
      const passwordHash = await hashPassword(password);
      const now = deps.clock.now();
      // The decision, the account, the audit row and the credentials mail: one unit of work.
      const decided = await deps.uow
        .run(async () => {
          const decided = await deps.repo.approve(
            r.id,
            { decidedAt: now, decidedBy: auth.accountId, updatedAt: now },
            {
              kind: 'citizen',
              role: 'citizen',
              bhxhCode: r.bhxhCode!,
              email: r.email!,
              displayName: r.fullName!,
              passwordHash,
              mustChangePassword: true,
              createdAt: now,
            },
          );
          if (!decided) return undefined;
          await deps.audit.record(auth, 'registration.approve', decided, {
            accountId: decided.accountId,
          });
          const agency = await deps.lookup.agency(r.agencyId!);
          await deps.mail.send('registration-approved', r.email!, {
            fullName: r.fullName!,
            applicationNumber: r.applicationNumber!,
            bhxhCode: r.bhxhCode!,
            password,
            agencyName: agency?.name ?? '',
          });
          return decided;
        })
        .catch(async (err: unknown) => {
          if (uniqueViolation(err) === undefined) throw err;
          // Another officer decided meanwhile (or an account appeared): say which.
          const again = await deps.repo.get(r.id);
          throw again?.status === 'pending' ? new AppError('ACCOUNT_EXISTS', 409) : decisionMade();
        });
      if (!decided) throw decisionMade();
      return { id: r.id, status: 'approved' as const, decidedAt: now.toISOString() };
    },

    /** "Từ chối": reason and note are mailed; the photos go 30 days later; a new registration is allowed. */
    async reject(auth: Staff, id: string, body: RejectRequest) {
      const r = await load(auth, id);
      if (r.status !== 'pending') throw decisionMade();
      const now = deps.clock.now();
      const reasonCode = body.reasonCode;
      const note = (body.note ?? '').trim();
      const decided = await deps.uow.run(async () => {
        const decided = await deps.repo.reject(r.id, {
          decidedAt: now,
          decidedBy: auth.accountId,
          rejectReason: reasonCode,
          rejectNote: note,
          filesPurgeAt: new Date(now.getTime() + REFUSED_FILES_KEPT_MS),
          updatedAt: now,
        });
        if (!decided) return undefined;
        await deps.audit.record(auth, 'registration.reject', decided, { reasonCode, note });
        const agency = await deps.lookup.agency(r.agencyId!);
        await deps.mail.send('registration-rejected', r.email!, {
          fullName: r.fullName!,
          applicationNumber: r.applicationNumber!,
          agencyName: agency?.name ?? '',
          agencyPhone: agency?.phone ?? '',
          reason: REJECT_REASON_LABELS[reasonCode].vi,
          note,
        });
        return decided;
      });
      if (!decided) throw decisionMade();
      return { id: r.id, status: 'rejected' as const, decidedAt: now.toISOString() };
    },
  };
}
export type RegistrationDecisionService = ReturnType<typeof registrationDecisionService>;
