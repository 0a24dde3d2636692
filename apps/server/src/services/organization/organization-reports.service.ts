import { ROSTER_STATUS_LABELS, type RosterStatus } from '@vssid/contracts';
import { searchKey } from '@vssid/domain';
import ExcelJS from 'exceljs';
import { driveReportPdf } from '../../integrations/pdf/drive-report-pdf.ts';
import { AppError } from '../../lib/app-error.ts';
import type { AuthContext } from '../../lib/auth-context.ts';
import type { Clock } from '../../lib/clock.ts';
import type { OrganizationRepository } from '../../repositories/organization.repository.ts';
import type { AuditService } from '../audit.service.ts';
import { type OrganizationService, presentStudent } from './organization.service.ts';

const vnDate = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * The organization's downloads beside the CSV (issue 13): the student list as an Excel workbook
 * (universities live in Excel) and the one-page PDF report for the school's leadership. Scoped
 * and audited like the portal's other views.
 */
export function organizationReportsService(d: {
  org: OrganizationService;
  repo: OrganizationRepository;
  audit: AuditService;
  clock: Clock;
}) {
  async function scope(auth: AuthContext, driveId: string) {
    const a = await d.org.actorOf(auth);
    const [drive] = await d.repo.drives(a.organizationId, driveId);
    if (!drive) throw new AppError('DRIVE_NOT_FOUND', 404);
    return a;
  }

  return {
    /** The list as filtered, one sheet: text codes, real dates (dd/mm/yyyy), a frozen header. */
    async studentsXlsx(
      auth: AuthContext,
      driveId: string,
      q: { status?: RosterStatus; faculty?: string; className?: string; q?: string },
    ): Promise<Buffer> {
      const a = await scope(auth, driveId);
      const r = await d.repo.students(driveId, {
        status: q.status,
        faculty: a.faculty ?? q.faculty,
        className: q.className,
        words: q.q ? searchKey(q.q).split(' ').filter(Boolean) : [],
      });
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Danh sách sinh viên', {
        views: [{ state: 'frozen', ySplit: 1 }],
      });
      ws.columns = [
        { header: 'Mã sinh viên', key: 'studentCode', width: 14 },
        { header: 'Họ và tên', key: 'fullName', width: 28 },
        { header: 'Ngày sinh', key: 'birthDate', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
        { header: 'Khoa', key: 'faculty', width: 30 },
        { header: 'Lớp', key: 'className', width: 14 },
        { header: 'Mã số BHXH', key: 'bhxhCode', width: 14, style: { numFmt: '@' } },
        { header: 'Trạng thái', key: 'status', width: 18 },
        { header: 'Lý do từ chối', key: 'reason', width: 24 },
      ];
      ws.getRow(1).font = { bold: true };
      for (const s of r.items.map(presentStudent))
        ws.addRow({
          ...s,
          birthDate: new Date(`${s.birthDate}T00:00:00Z`),
          bhxhCode: s.bhxhCode ?? '',
          status: ROSTER_STATUS_LABELS[s.status].vi,
          reason: s.rejectReason?.label ?? '',
        });
      await d.audit.record(
        { accountId: a.accountId, role: a.role, agencyId: null },
        {
          action: 'org.students.export',
          subjectType: 'registration_drive',
          subjectId: driveId,
          detail: {
            organizationId: a.organizationId,
            faculty: a.faculty,
            format: 'xlsx',
            filter: q,
            rows: r.items.length,
          },
        },
      );
      return Buffer.from(await wb.xlsx.writeBuffer());
    },

    /** The one-page PDF for the school's leadership, from the same figures as the drive page. */
    async reportPdf(auth: AuthContext, driveId: string): Promise<Buffer> {
      const a = await scope(auth, driveId);
      const progress = await d.org.progress(auth, driveId);
      const pdf = await driveReportPdf({
        organizationName: a.organizationName,
        progress,
        date: vnDate(d.clock.now()),
      });
      await d.audit.record(
        { accountId: a.accountId, role: a.role, agencyId: null },
        {
          action: 'org.drive.report',
          subjectType: 'registration_drive',
          subjectId: driveId,
          detail: { organizationId: a.organizationId, faculty: a.faculty, total: progress.total },
        },
      );
      return pdf;
    },
  };
}
export type OrganizationReportsService = ReturnType<typeof organizationReportsService>;
