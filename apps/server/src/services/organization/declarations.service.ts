import {
  DECLARATION_LIST_SIZE,
  type DeclarationList,
  type DeclarationReceipt,
  type DeclarationReceiveResult,
} from '@vssid/contracts';
import { handoverPdf } from '../../integrations/pdf/handover-pdf.ts';
import { AppError } from '../../lib/app-error.ts';
import type { AuthContext } from '../../lib/auth-context.ts';
import type { Clock } from '../../lib/clock.ts';
import type { UnitOfWork } from '../../lib/unit-of-work.ts';
import type {
  DeclarationsRepository,
  ReceiptRow,
} from '../../repositories/declarations.repository.ts';
import type { AuditService } from '../audit.service.ts';
import type { OrganizationService } from './organization.service.ts';

const vnDate = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

const present = (r: ReceiptRow): DeclarationReceipt => ({
  applicationNumber: r.applicationNumber,
  studentCode: r.studentCode,
  fullName: r.fullName,
  faculty: r.faculty,
  className: r.className,
  receivedAt: r.receivedAt.toISOString(),
  receivedBy: { name: r.receivedByName },
});

/**
 * "Đã nộp tờ khai" (issue 13): the organization receives its students' signed declarations by
 * the application number (the form's QR code), undoes a mistaken receipt, and prints the
 * handover list per receiving agency. Scoped like the rest of the portal: another
 * organization's drive is 404, "Cán bộ khoa" acts on their faculty's students only. Receipts and
 * undos are audited in the same transaction; the list and the handover PDF are audited views.
 */
export function declarationsService(d: {
  repo: DeclarationsRepository;
  org: OrganizationService;
  audit: AuditService;
  uow: UnitOfWork;
  clock: Clock;
}) {
  async function scope(auth: AuthContext, driveId: string) {
    const a = await d.org.actorOf(auth);
    const drive = await d.repo.drive(a.organizationId, driveId);
    if (!drive) throw new AppError('DRIVE_NOT_FOUND', 404);
    return { a, drive };
  }
  type Actor = Awaited<ReturnType<typeof scope>>['a'];
  const audit = (
    a: Actor,
    action: string,
    driveId: string,
    detail: Record<string, unknown>,
    bhxhCode?: string,
  ) =>
    d.audit.record(
      { accountId: a.accountId, role: a.role, agencyId: null },
      {
        action,
        subjectType: 'registration_drive',
        subjectId: driveId,
        ...(bhxhCode ? { subjectBhxhCode: bhxhCode } : {}),
        detail: { organizationId: a.organizationId, faculty: a.faculty, ...detail },
      },
    );

  /** The application and its roster student, checked in the order the answers are documented. */
  async function studentOf(a: Actor, driveId: string, number: string) {
    const app = await d.repo.application(number);
    if (!app?.bhxhCode) throw new AppError('DECLARATION_UNKNOWN', 404);
    // Not on this drive's roster: whose form it is stays unsaid, and so does its status.
    const student = await d.repo.student(driveId, app.bhxhCode);
    if (!student) throw new AppError('DECLARATION_NOT_ON_ROSTER', 404);
    if (a.faculty !== null && student.faculty !== a.faculty)
      throw new AppError('DECLARATION_OTHER_FACULTY', 403);
    return { app: { ...app, bhxhCode: app.bhxhCode }, student };
  }

  return {
    async receive(
      auth: AuthContext,
      driveId: string,
      number: string,
    ): Promise<DeclarationReceiveResult> {
      const { a } = await scope(auth, driveId);
      const { app, student } = await studentOf(a, driveId, number);
      const before = await d.repo.receiptOf(driveId, app.bhxhCode);
      if (before) return { outcome: 'already_received', receipt: present(before) };
      if (app.status === 'pending') throw new AppError('DECLARATION_NOT_APPROVED', 409);
      if (app.status !== 'approved') throw new AppError('DECLARATION_REJECTED', 409);
      const now = d.clock.now();
      const inserted = await d.uow.run(async () => {
        const ok = await d.repo.receive({
          driveId,
          bhxhCode: app.bhxhCode,
          registrationId: app.id,
          receivedAt: now,
          receivedBy: a.accountId,
        });
        if (ok)
          await audit(
            a,
            'org.declaration.receive',
            driveId,
            { applicationNumber: number, studentCode: student.studentCode },
            app.bhxhCode,
          );
        return ok;
      });
      const receipt = await d.repo.receiptOf(driveId, app.bhxhCode);
      return { outcome: inserted ? 'received' : 'already_received', receipt: present(receipt!) };
    },

    /** Undoes a receipt of this drive (a mistaken scan); the row stays, marked undone. */
    async undo(auth: AuthContext, driveId: string, number: string): Promise<DeclarationReceipt> {
      const { a } = await scope(auth, driveId);
      const app = await d.repo.application(number);
      const receipt = app?.bhxhCode ? await d.repo.receiptOf(driveId, app.bhxhCode) : undefined;
      // Another faculty's receipt does not exist for "Cán bộ khoa".
      if (!app || !receipt || receipt.applicationNumber !== number)
        throw new AppError('DECLARATION_NOT_RECEIVED', 404);
      if (a.faculty !== null && receipt.faculty !== a.faculty)
        throw new AppError('DECLARATION_NOT_RECEIVED', 404);
      await d.uow.run(async () => {
        if (!(await d.repo.undo(driveId, app.id, a.accountId, d.clock.now())))
          throw new AppError('DECLARATION_NOT_RECEIVED', 404);
        await audit(
          a,
          'org.declaration.undo',
          driveId,
          {
            applicationNumber: number,
            studentCode: receipt.studentCode,
            receivedAt: receipt.receivedAt.toISOString(),
            receivedBy: receipt.receivedByName,
          },
          receipt.bhxhCode,
        );
      });
      return present(receipt);
    },

    async list(auth: AuthContext, driveId: string): Promise<DeclarationList> {
      const { a } = await scope(auth, driveId);
      const [items, agencies] = await Promise.all([
        d.repo.latest(driveId, a.faculty, DECLARATION_LIST_SIZE),
        d.repo.agencies(driveId, a.faculty),
      ]);
      const total = agencies.reduce((s, x) => s + x.count, 0);
      await audit(a, 'org.declarations.view', driveId, { total, shown: items.length });
      return { total, items: items.map(present), agencies };
    },

    /** "Danh sách bàn giao tờ khai" for one receiving agency (default: the drive's). */
    async handover(auth: AuthContext, driveId: string, agencyId?: string) {
      const { a, drive } = await scope(auth, driveId);
      const agency = await d.repo.agency(agencyId ?? drive.agencyId);
      if (!agency) throw AppError.notFound();
      const rows = await d.repo.handover(driveId, agency.id, a.faculty);
      const now = d.clock.now();
      const pdf = await handoverPdf({
        organizationName: drive.organizationName,
        driveName: drive.name,
        agencyName: agency.name,
        date: vnDate(now),
        rows: rows.map((r) => ({
          bhxhCode: r.bhxhCode,
          fullName: r.fullName,
          faculty: r.faculty,
          className: r.className,
          applicationNumber: r.applicationNumber,
          receivedOn: vnDate(r.receivedAt),
        })),
      });
      await audit(a, 'org.declarations.handover', driveId, {
        agencyId: agency.id,
        rows: rows.length,
      });
      return { pdf, agencyName: agency.name };
    },
  };
}
export type DeclarationsService = ReturnType<typeof declarationsService>;
