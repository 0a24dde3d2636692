import type {
  DrivePoster,
  ReminderPrefill,
  ReminderRequest,
  ReminderResult,
  RosterStatus,
} from '@vssid/contracts';
import { searchKey } from '@vssid/domain';
import QRCode from 'qrcode';
import { AppError } from '../../lib/app-error.ts';
import type { AuthContext } from '../../lib/auth-context.ts';
import type { Clock } from '../../lib/clock.ts';
import type { UnitOfWork } from '../../lib/unit-of-work.ts';
import type { OrganizationRepository } from '../../repositories/organization.repository.ts';
import type { OrganizationRemindersRepository } from '../../repositories/organization-reminders.repository.ts';
import type { AuditService } from '../audit.service.ts';
import type { MailService } from '../mail.service.ts';
import type { OrganizationService } from './organization.service.ts';
import { endOfVnDay, signDriveToken, verifyDriveToken } from './reminder-token.ts';

/** Reminders a drive may send per minute (the outbox's throttle for a school's whole roster). */
export const REMINDERS_PER_MINUTE = 300;

const vnDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * "Gửi nhắc nhở" and "In áp phích" (issue 13). A reminder is a mail through the outbox with a
 * personal link (reminder-token.ts) to "Đăng ký tài khoản", prefilled with that one roster row;
 * at most one per student per Vietnam day, never to an approved student, at most `perMinute`
 * per drive. The scope is the organization service's: another organization's drive is 404, a
 * "Cán bộ khoa" reaches only their faculty. Every send and every poster is audited.
 */
export function remindersService(d: {
  repo: OrganizationRemindersRepository;
  org: OrganizationService;
  orgRepo: OrganizationRepository;
  audit: AuditService;
  mail: MailService;
  uow: UnitOfWork;
  clock: Clock;
  hmacKey: Buffer;
  publicUrl: string;
  /** Opens a registration by id and draft token (draft-access.ts): 404 when either is wrong. */
  openRegistration: (id: string, token: string | undefined) => Promise<{ id: string }>;
  perMinute?: number;
}) {
  const perMinute = d.perMinute ?? REMINDERS_PER_MINUTE;
  const base = d.publicUrl.replace(/\/$/, '');

  async function scoped(auth: AuthContext, driveId: string) {
    const a = await d.org.actorOf(auth);
    const [drive] = await d.orgRepo.drives(a.organizationId, driveId);
    if (!drive) throw new AppError('DRIVE_NOT_FOUND', 404);
    return { a, drive };
  }
  const auditOf = (
    a: Awaited<ReturnType<OrganizationService['actorOf']>>,
    action: string,
    driveId: string,
    detail: Record<string, unknown>,
  ) =>
    d.audit.record(
      { accountId: a.accountId, role: a.role, agencyId: null },
      {
        action,
        subjectType: 'registration_drive',
        subjectId: driveId,
        detail: { organizationId: a.organizationId, faculty: a.faculty, ...detail },
      },
    );

  return {
    async remind(
      auth: AuthContext,
      driveId: string,
      req: ReminderRequest,
    ): Promise<ReminderResult> {
      const { a, drive } = await scoped(auth, driveId);
      const f = req.filter;
      // The students in scope with their status: a faculty's staff see only their faculty, so a
      // code of another faculty (or organization) is simply not among them.
      const listed = await d.orgRepo.students(driveId, {
        status: f?.status,
        faculty: a.faculty ?? f?.faculty,
        className: f?.className,
        words: f?.q ? searchKey(f.q).split(' ').filter(Boolean) : [],
      });
      const wanted = req.studentCodes ? new Set(req.studentCodes) : null;
      const chosen = listed.items.filter((s) => !wanted || wanted.has(s.studentCode));
      const status = new Map<string, RosterStatus>(chosen.map((s) => [s.studentCode, s.status]));
      const now = d.clock.now();
      const day = vnDay(now);
      const rows = await d.repo.rowsByCodes(
        driveId,
        chosen.map((s) => s.studentCode),
      );
      const result = {
        sent: 0,
        skippedToday: 0,
        skippedApproved: 0,
        skippedNoEmail: 0,
        deferred: 0,
      };
      const candidates = rows.filter((r) => {
        if (status.get(r.studentCode) === 'approved') {
          result.skippedApproved++;
          return false;
        }
        if (!r.email) {
          result.skippedNoEmail++;
          return false;
        }
        return true;
      });
      const today = await d.repo.remindedOn(
        candidates.map((r) => r.id),
        day,
      );
      const expiresAt = endOfVnDay(drive.deadline);
      const sentCodes: string[] = [];
      await d.uow.run(async () => {
        let room = Math.max(
          0,
          perMinute - (await d.repo.sentSince(driveId, new Date(now.getTime() - 60_000))),
        );
        for (const r of candidates) {
          if (today.has(r.id)) {
            result.skippedToday++;
            continue;
          }
          if (room === 0) {
            result.deferred++;
            continue;
          }
          const token = signDriveToken(d.hmacKey, 'r1', r.id, expiresAt);
          const outboxId = await d.mail.send('drive-reminder', r.email!, {
            fullName: r.fullName,
            organizationName: a.organizationName,
            driveName: drive.name,
            deadline: dmy(drive.deadline),
            link: `${base}/dang-ky?nhac=${encodeURIComponent(token)}`,
          });
          const recorded = await d.repo.record({
            rosterRowId: r.id,
            driveId,
            day,
            sentAt: now,
            sentBy: a.accountId,
            outboxId,
          });
          if (!recorded) throw new AppError('REMINDER_RACE', 409);
          room--;
          result.sent++;
          sentCodes.push(r.studentCode);
        }
        await auditOf(a, 'org.reminders.send', driveId, {
          selection: req.studentCodes ? { studentCodes: req.studentCodes.length } : { filter: f },
          ...result,
          studentCodes: sentCodes,
        });
      });
      const parts = [`Đã gửi ${result.sent}`];
      if (result.skippedToday) parts.push(`bỏ qua ${result.skippedToday} đã nhắc hôm nay`);
      if (result.skippedApproved) parts.push(`bỏ qua ${result.skippedApproved} đã được duyệt`);
      if (result.skippedNoEmail) parts.push(`${result.skippedNoEmail} không có email`);
      if (result.deferred)
        parts.push(
          `${result.deferred} chưa gửi (tối đa ${perMinute} thư mỗi phút, hãy gửi lại sau 1 phút)`,
        );
      return { ...result, message: parts.join(', ') };
    },

    async poster(auth: AuthContext, driveId: string): Promise<DrivePoster> {
      const { a, drive } = await scoped(auth, driveId);
      const token = signDriveToken(d.hmacKey, 'd1', drive.id, endOfVnDay(drive.deadline));
      const url = `${base}/dang-ky?dot=${encodeURIComponent(token)}`;
      const qrSvg = await QRCode.toString(url, {
        type: 'svg',
        margin: 1,
        errorCorrectionLevel: 'M',
      });
      await auditOf(a, 'org.poster.view', driveId, {});
      return {
        organization: { name: a.organizationName },
        drive: { id: drive.id, name: drive.name, deadline: drive.deadline },
        url,
        qrSvg,
      };
    },

    /** A reminder link → that one row's prefill; nothing else about the row or the drive. */
    async prefill(token: string): Promise<ReminderPrefill> {
      const v = verifyDriveToken(d.hmacKey, 'r1', token, d.clock.now());
      if (!v.ok) throw linkError(v.reason);
      const row = await d.repo.rowForPrefill(v.id);
      // A row removed since: as unknown as a forged link.
      if (!row) throw linkError('invalid');
      // A code the school did not give (found by name + birth date) is not put in a mail link.
      return { bhxhCode: row.codeGiven ? row.bhxhCode : null, fullName: row.fullName };
    },

    /**
     * A poster link: the drive's name; with a registration (its id and draft token, so only its
     * holder can), ties that registration to the drive unless it already has one.
     */
    async posterLink(
      token: string,
      draft?: { id: string; token: string | undefined },
    ): Promise<{ drive: { name: string } }> {
      const v = verifyDriveToken(d.hmacKey, 'd1', token, d.clock.now());
      if (!v.ok) throw linkError(v.reason);
      const drive = await d.repo.drive(v.id);
      if (!drive) throw linkError('invalid');
      if (draft) {
        const r = await d.openRegistration(draft.id, draft.token);
        await d.repo.link(r.id, drive.id, d.clock.now());
      }
      return { drive: { name: drive.name } };
    },
  };
}
export type RemindersService = ReturnType<typeof remindersService>;

function linkError(reason: 'invalid' | 'expired') {
  return reason === 'expired'
    ? new AppError('LINK_EXPIRED', 410, [{ field: 'token', code: 'LINK_EXPIRED' }])
    : new AppError('LINK_INVALID', 400, [{ field: 'token', code: 'LINK_INVALID' }]);
}
