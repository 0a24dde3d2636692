import { createHash } from 'node:crypto';
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

/** How much longer than the undo window a decision's mail is held (clock skew, slow requests). */
const HOLD_MARGIN_SECONDS = 2;

/**
 * The outbox id of a decision's mail, derived from the application and the decision's time, so
 * "Hoàn tác" finds (and cancels) exactly that decision's mail without storing its id anywhere.
 */
export function decisionMailId(registrationId: string, decidedAt: Date): string {
  const h = createHash('sha256')
    .update(`decision-mail:${registrationId}:${decidedAt.toISOString()}`)
    .digest('hex');
  // An RFC 9562 version-8 (custom) UUID.
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

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
  /** "Hoàn tác" is possible this long after a decision; its mail is held a little longer. */
  undoSeconds: number;
}) {
  const load = (auth: Staff, id: string) => loadForAgency(deps.repo, auth, id);
  const decisionMade = () => new AppError('DECISION_ALREADY_MADE', 409);
  const windowMs = deps.undoSeconds * 1000;
  const held = (id: string, decidedAt: Date) => ({
    id: decisionMailId(id, decidedAt),
    holdSeconds: deps.undoSeconds + HOLD_MARGIN_SECONDS,
  });
  const undoUntil = (decidedAt: Date) => new Date(decidedAt.getTime() + windowMs).toISOString();

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
          await deps.mail.send(
            'registration-approved',
            r.email!,
            {
              fullName: r.fullName!,
              applicationNumber: r.applicationNumber!,
              bhxhCode: r.bhxhCode!,
              password,
              agencyName: agency?.name ?? '',
            },
            [],
            held(r.id, now),
          );
          return decided;
        })
        .catch(async (err: unknown) => {
          if (uniqueViolation(err) === undefined) throw err;
          // Another officer decided meanwhile (or an account appeared): say which.
          const again = await deps.repo.get(r.id);
          throw again?.status === 'pending' ? new AppError('ACCOUNT_EXISTS', 409) : decisionMade();
        });
      if (!decided) throw decisionMade();
      return {
        id: r.id,
        status: 'approved' as const,
        decidedAt: now.toISOString(),
        undoUntil: undoUntil(now),
      };
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
        await deps.mail.send(
          'registration-rejected',
          r.email!,
          {
            fullName: r.fullName!,
            applicationNumber: r.applicationNumber!,
            agencyName: agency?.name ?? '',
            agencyPhone: agency?.phone ?? '',
            reason: REJECT_REASON_LABELS[reasonCode].vi,
            note,
          },
          [],
          held(r.id, now),
        );
        return decided;
      });
      if (!decided) throw decisionMade();
      return {
        id: r.id,
        status: 'rejected' as const,
        decidedAt: now.toISOString(),
        undoUntil: undoUntil(now),
      };
    },

    /**
     * "Hoàn tác" within `undoSeconds` of the decision, by an officer of the same agency (others
     * get 404, as for every application outside their scope): the application waits again, the
     * account an approval created is deleted, and the held decision mail is cancelled — all in
     * one unit of work with its audit row. The mail's cancellation is conditional on it still
     * being held, so an undo can never succeed once the mail has started to leave.
     */
    async undo(auth: Staff, id: string) {
      const r = await load(auth, id);
      if (r.status === 'pending' || !r.decidedAt) throw new AppError('NOTHING_TO_UNDO', 409);
      const now = deps.clock.now();
      const tooLate = () => new AppError('UNDO_WINDOW_CLOSED', 409);
      if (now.getTime() - r.decidedAt.getTime() > windowMs) throw tooLate();
      const undone = r.status;
      await deps.uow
        .run(async () => {
          const back = await deps.repo.undoDecision(
            r.id,
            { status: undone, decidedAt: r.decidedAt! },
            now,
          );
          if (!back) throw decisionMade();
          if (!(await deps.mail.cancel(decisionMailId(r.id, r.decidedAt!), 'decision undone')))
            throw tooLate();
          if (undone === 'approved' && r.accountId)
            if (!(await deps.repo.deleteUnusedAccount(r.accountId))) throw tooLate();
          await deps.audit.record(auth, 'registration.undo', back, {
            undone: undone === 'approved' ? 'approve' : 'reject',
            decidedAt: r.decidedAt!.toISOString(),
            decidedBy: r.decidedBy,
          });
        })
        .catch((err: unknown) => {
          if (uniqueViolation(err) === undefined) throw err;
          // A rejected applicant registered again meanwhile: two pending applications cannot be.
          throw new AppError('UNDO_CONFLICT', 409);
        });
      return { id: r.id, status: 'pending' as const };
    },
  };
}
export type RegistrationDecisionService = ReturnType<typeof registrationDecisionService>;
