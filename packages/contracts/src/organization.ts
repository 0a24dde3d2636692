import { z } from 'zod';
import { optionalText } from './text.ts';
/**
 * The organization portal at /to-chuc (issue 13): a university's registration drive.
 *
 * Organization staff sign in like officers (POST /api/admin/auth/login, then …/totp: the same
 * staff session) with role 'org_unit' ("Cán bộ đơn vị", the whole organization) or 'org_faculty'
 * ("Cán bộ khoa", one faculty: another faculty's students do not exist for them). Another
 * organization's drive is 404. The organization sees its roster's registration status only.
 *
 * | Method | Path                                         | 2xx                          | Errors
 * |--------|----------------------------------------------|------------------------------|-------
 * | GET    | /api/admin/org/drives                        | 200 orgOverviewSchema        | 401; 403
 * | GET    | /api/admin/org/drives/:id                    | 200 driveProgressSchema      | 401; 403; 404
 * | GET    | /api/admin/org/drives/:id/students           | 200 rosterStudentListSchema  | 400; 401; 403; 404
 * | GET    | /api/admin/org/drives/:id/students.csv       | 200 text/csv                 | 400; 401; 403; 404
 * | POST   | /api/admin/org/drives/:id/roster (x-import-id) | 200 rosterImportSchema     | 400; 401; 403 (Cán bộ khoa); 404; 409; 415; 422
 * | GET    | /api/admin/org/roster-imports/:id            | 200 rosterImportSchema       | 401; 403; 404
 */

export const ORG_ROLES = ['org_unit', 'org_faculty'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];
export const ORG_ROLE_LABELS: Record<OrgRole, { vi: string; en: string }> = {
  org_unit: { vi: 'Cán bộ đơn vị', en: 'Organization staff' },
  org_faculty: { vi: 'Cán bộ khoa', en: 'Faculty staff' },
};

/**
 * A roster student's registration, derived from the registrations and accounts by mã số BHXH.
 * Each student is in exactly one status. "Đã nộp tờ khai" (declared) is the step after "Đã được
 * duyệt": the signed form is handed in once the application is approved (the seed's notice), so
 * only an approved application's form is received, and a student who handed it in leaves
 * "Đã được duyệt" for "Đã nộp tờ khai" (the rate toward 100 % counts both: see `percent`).
 */
export const ROSTER_STATUSES = [
  'not_registered',
  'submitted',
  'approved',
  'rejected',
  'declared',
] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];
export const ROSTER_STATUS_LABELS: Record<RosterStatus, { vi: string; en: string }> = {
  not_registered: { vi: 'Chưa đăng ký', en: 'Not registered' },
  submitted: { vi: 'Đã gửi hồ sơ', en: 'Application sent' },
  approved: { vi: 'Đã được duyệt', en: 'Approved' },
  rejected: { vi: 'Bị từ chối', en: 'Refused' },
  declared: { vi: 'Đã nộp tờ khai', en: 'Signed form handed in' },
};

/**
 * The roster's columns, in this order (CSV or the first sheet of an XLSX workbook; line 1 is the
 * header, matched without diacritics or case; the English key is accepted too).
 */
export const ROSTER_COLUMNS = [
  { key: 'studentCode', title: 'Mã sinh viên', required: true },
  { key: 'fullName', title: 'Họ và tên', required: true },
  { key: 'birthDate', title: 'Ngày sinh', required: true },
  { key: 'faculty', title: 'Khoa', required: true },
  { key: 'className', title: 'Lớp', required: true },
  { key: 'bhxhCode', title: 'Mã số BHXH', required: false },
  { key: 'email', title: 'Email', required: false },
  { key: 'phone', title: 'Số điện thoại', required: false },
] as const;
export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];

/** Why a roster line was not imported (words in ORG_MESSAGES; `detail` names the column or line). */
export const ROSTER_PROBLEMS = [
  'ROSTER_FIELD_REQUIRED',
  'ROSTER_FIELD_TOO_LONG',
  'ROSTER_DATE_INVALID',
  'ROSTER_BHXH_CODE_INVALID',
  'ROSTER_EMAIL_INVALID',
  'ROSTER_PHONE_INVALID',
  'ROSTER_DUPLICATE_STUDENT',
  'ROSTER_DUPLICATE_PERSON',
  'ROSTER_CODE_MISMATCH',
  'ROSTER_NOT_FOUND',
  'ROSTER_AMBIGUOUS',
] as const;
export type RosterProblem = (typeof ROSTER_PROBLEMS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const counts = z.object({
  not_registered: z.number().int(),
  submitted: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  declared: z.number().int(),
});
export type RosterCounts = z.infer<typeof counts>;

const progressOf = {
  total: z.number().int(),
  counts,
  /**
   * Registered students ("Đã được duyệt" + "Đã nộp tờ khai", both approved) of the total, in
   * whole percent (0 when the roster is empty).
   */
  percent: z.number().int(),
};

export const driveSchema = z.object({
  id: z.string(),
  name: z.string(),
  deadline: isoDate,
  agency: z.object({ name: z.string() }),
});

export const orgOverviewSchema = z.object({
  organization: z.object({ name: z.string() }),
  role: z.enum(ORG_ROLES),
  /** "Cán bộ khoa": the one faculty they see; null for "Cán bộ đơn vị". */
  faculty: z.string().nullable(),
  drives: z.array(driveSchema),
});
export type OrgOverview = z.infer<typeof orgOverviewSchema>;

export const driveProgressSchema = z.object({
  drive: driveSchema,
  /** Whole days from today (Vietnam time) to the deadline; 0 on the last day and after. */
  daysLeft: z.number().int(),
  ended: z.boolean(),
  ...progressOf,
  faculties: z.array(
    z.object({
      faculty: z.string(),
      ...progressOf,
      classes: z.array(z.object({ className: z.string(), ...progressOf })),
    }),
  ),
});
export type DriveProgress = z.infer<typeof driveProgressSchema>;

export const rosterStudentQuerySchema = z.object({
  status: z.enum(ROSTER_STATUSES).optional(),
  faculty: optionalText(200),
  className: optionalText(100),
  /** Diacritics-insensitive: every word must be in the mã sinh viên, họ và tên or lớp. */
  q: optionalText(200),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type RosterStudentQuery = z.input<typeof rosterStudentQuerySchema>;

export const rosterStudentSchema = z.object({
  studentCode: z.string(),
  fullName: z.string(),
  birthDate: isoDate,
  faculty: z.string(),
  className: z.string(),
  /** Only when the roster gave it (a code found by name + birth date is not shown). */
  bhxhCode: z.string().nullable(),
  status: z.enum(ROSTER_STATUSES),
  /** "Bị từ chối": the officer's reason (the code and its words; never the officer's note). */
  rejectReason: z.object({ code: z.string(), label: z.string() }).nullable(),
  /** The last reminder sent ("Đã nhắc dd/mm/yyyy hh:mm"), ISO date-time; null when never. */
  remindedAt: z.string().nullable(),
});
export type RosterStudent = z.infer<typeof rosterStudentSchema>;

export const ROSTER_PAGE_SIZE = 50;
export const rosterStudentListSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(rosterStudentSchema),
});
export type RosterStudentList = z.infer<typeof rosterStudentListSchema>;

export const rosterImportSchema = z.object({
  id: z.string(),
  driveId: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  /** Known for a workbook (read whole first); null for a CSV, read as it is uploaded. */
  rowsTotal: z.number().int().nullable(),
  rowsRead: z.number().int(),
  rowsAdded: z.number().int(),
  rowsUpdated: z.number().int(),
  rowsRefused: z.number().int(),
  /** Refused lines (line 1 is the header), with the reason in Vietnamese. */
  problems: z.array(
    z.object({
      line: z.number().int(),
      code: z.enum(ROSTER_PROBLEMS),
      message: z.string(),
    }),
  ),
  errorCode: z.string().nullable(),
});
export type RosterImport = z.infer<typeof rosterImportSchema>;
