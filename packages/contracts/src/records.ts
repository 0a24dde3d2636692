// CONTRACT-CHANGES:
// CONTRACT-CHANGE: IMPORT_KINDS = RECORD_IMPORT_KINDS + DIRECTORY_KINDS (issue 6: directories are
//   imported through the same pipeline; officers get 403 for directory kinds); importJobSchema
//   gains `updated` (directory rows whose stored values changed); IMPORT_ROW_REASONS gains
//   IMPORT_OUT_OF_SCOPE, IMPORT_UNKNOWN_PLACE, IMPORT_UNKNOWN_AGENCY.
// - importJobSchema.errorCode may be IMPORT_FAILED (interrupted upload / server error); message added.
// - issue 11: GET /api/me/card answers 200 `{ card: null, agency }` (noCardSchema, cardAnswerSchema)
//   instead of 404 CARD_NOT_FOUND when BHXH holds no card; agencyContactSchema added.
// - issue 11 (English): participationTotalSchema loses `text` (the browser words the months);
//   contributionType is a code of CONTRIBUTION_TYPES and regime a code of BENEFIT_REGIMES (imports
//   take the code or a Vietnamese spelling); BENEFIT_CATEGORY_LABELS moved to the web catalogue.
// - issue 10: importJobSchema gains errorLine; POST answers 422 IMPORT_FILE_MALFORMED (error.line) for
//   a file that is not valid CSV text (nothing imported) and 409 IMPORT_ID_TAKEN for a reused x-import-id.
/**
 * "QL cá nhân" — personal insurance records (issue 5): the digital BHYT card, "Quá trình tham
 * gia", "Thông tin hưởng", "Sổ khám chữa bệnh", downloads, and the back-office CSV imports.
 *
 * Months are 'YYYY-MM', dates ISO 'yyyy-mm-dd', times ISO 8601 UTC, money integer đồng.
 * Citizen routes need a citizen session and only ever answer about that citizen. Officer routes
 * need a staff session (+ CSRF on POST) and only see citizens of the officer's agency province;
 * anyone else is answered 404 exactly like an unknown code. Errors are `apiErrorSchema`.
 *
 * | Method | Path                                              | 2xx                                  | Errors
 * |--------|---------------------------------------------------|--------------------------------------|-------
 * | GET    | /api/me/summary                                   | 200 recordsSummarySchema             | 401
 * | GET    | /api/me/card                                      | 200 cardAnswerSchema (the card, or noCardSchema) | 401
 * | GET    | /api/me/card.png                                  | 200 image/png (attachment)           | 401; 404 CARD_NOT_FOUND
 * | GET    | /api/me/card.pdf                                  | 200 application/pdf (attachment)     | 401; 404 CARD_NOT_FOUND
 * | GET    | /api/me/participation?scheme=bhxh|bhyt|bhtn|bhtnld | 200 participationSchema (default bhxh) | 400 VALIDATION_FAILED; 401
 * | GET    | /api/me/participation/export?format=csv|pdf&scheme= | 200 text/csv (UTF-8 BOM) / application/pdf, attachment | 400; 401
 * | GET    | /api/me/benefits?category=one_time|sickness_maternity|monthly|unemployment | 200 benefitListSchema | 400; 401
 * | GET    | /api/me/medical-visits                            | 200 medicalVisitsSchema              | 401
 * | GET    | /api/admin/citizens/:bhxhCode/records             | 200 citizenRecordsSchema (audited)   | 401; 403; 404 RECORDS_NOT_FOUND
 * | POST   | /api/admin/imports/:kind  (kind in IMPORT_KINDS)  | 200 importJobSchema (when finished)  | 400 IMPORT_FILE_REQUIRED / VALIDATION_FAILED (unknown kind); 401; 403; 422 IMPORT_HEADER_INVALID
 * | GET    | /api/admin/imports/:id                            | 200 importJobSchema                  | 401; 403; 404 IMPORT_NOT_FOUND
 * | GET    | /api/admin/imports/:id/report.csv                 | 200 text/csv (BOM): line,status,reason,raw | 401; 403; 404 IMPORT_NOT_FOUND
 *
 * Import body: multipart with one file field "file", or the raw CSV body (Content-Type text/csv).
 * The file is streamed and processed in batches while it uploads; the POST answers when the whole
 * file is done. For a progress bar, send header `x-import-id: <uuid v4 you generate>` with the
 * POST and poll GET /api/admin/imports/<that id> meanwhile (404 until the first batch starts).
 * Columns per kind: docs/IMPORTS.md. Per-row outcome: 'added' | 'skipped' (already stored) |
 * 'refused' (reason = one of IMPORT_ROW_REASONS, with its 1-based line number, header = line 1).
 */
import { z } from 'zod';
import { DIRECTORY_KINDS, type DirectoryKind, openingHoursSchema } from './lookups.ts';
import { text } from './text.ts';

export const RECORD_SCHEMES = ['bhxh', 'bhyt', 'bhtn', 'bhtnld'] as const;
export type RecordScheme = (typeof RECORD_SCHEMES)[number];
/**
 * Names as Vietnamese documents print them (PDF and CSV exports). Screens word the codes in the
 * browser's catalogue (apps/web/src/i18n), in the chosen language.
 */
export const RECORD_SCHEME_LABELS: Record<RecordScheme, string> = {
  bhxh: 'BHXH',
  bhyt: 'BHYT',
  bhtn: 'BHTN',
  bhtnld: 'BHTNLĐ-BNN',
};
export const BENEFIT_CATEGORY_KEYS = [
  'one_time',
  'sickness_maternity',
  'monthly',
  'unemployment',
] as const;
export type BenefitCategoryKey = (typeof BENEFIT_CATEGORY_KEYS)[number];
/** "Loại hình đóng": a code; the words are the web catalogue's (records.contributionTypes). */
export const CONTRIBUTION_TYPES = ['compulsory', 'voluntary'] as const;
export type ContributionType = (typeof CONTRIBUTION_TYPES)[number];
/**
 * The Vietnamese spellings an import may carry for each code (the first is what Vietnamese
 * documents print); an import may also give the code itself.
 */
export const CONTRIBUTION_TYPE_LABELS: Record<ContributionType, readonly string[]> = {
  compulsory: ['Bắt buộc', 'BHXH bắt buộc'],
  voluntary: ['Tự nguyện', 'BHXH tự nguyện'],
};

/** "Chế độ" of a benefit: a code; the words are the web catalogue's (records.regimes). */
export const BENEFIT_REGIMES = [
  'sickness',
  'child_sickness',
  'childbirth',
  'prenatal_checkup',
  'miscarriage',
  'contraception',
  'adoption',
  'paternity',
  'recovery',
  'one_time_bhxh',
  'retirement_lump_sum',
  'funeral',
  'survivor_lump_sum',
  'pension',
  'survivor_monthly',
  'occupational_monthly',
  'occupational_lump_sum',
  'unemployment_allowance',
  'vocational_training',
  'other',
] as const;
export type BenefitRegime = (typeof BENEFIT_REGIMES)[number];
/** Vietnamese spellings an import may carry (the first is what Vietnamese documents print). */
export const BENEFIT_REGIME_LABELS: Record<BenefitRegime, readonly string[]> = {
  sickness: ['Ốm đau', 'Bản thân ốm'],
  child_sickness: ['Con ốm'],
  childbirth: ['Sinh con', 'Thai sản - sinh con'],
  prenatal_checkup: ['Khám thai'],
  miscarriage: ['Sẩy thai, nạo, hút thai', 'Sẩy thai'],
  contraception: ['Thực hiện biện pháp tránh thai'],
  adoption: ['Nhận nuôi con nuôi'],
  paternity: ['Lao động nam nghỉ việc khi vợ sinh con'],
  recovery: ['Dưỡng sức, phục hồi sức khỏe', 'Dưỡng sức phục hồi sức khỏe'],
  one_time_bhxh: ['BHXH một lần', 'Hưởng BHXH một lần'],
  retirement_lump_sum: ['Trợ cấp một lần khi nghỉ hưu'],
  funeral: ['Trợ cấp mai táng'],
  survivor_lump_sum: ['Trợ cấp tuất một lần'],
  pension: ['Lương hưu', 'Lương hưu hằng tháng'],
  survivor_monthly: ['Trợ cấp tuất hằng tháng', 'Trợ cấp tuất hàng tháng'],
  occupational_monthly: ['Trợ cấp TNLĐ-BNN hằng tháng', 'Trợ cấp TNLĐ-BNN hàng tháng'],
  occupational_lump_sum: ['Trợ cấp TNLĐ-BNN một lần'],
  unemployment_allowance: ['Trợ cấp thất nghiệp'],
  vocational_training: ['Hỗ trợ học nghề'],
  other: ['Chế độ khác'],
};

/** Insurance records (issue 5): any officer of the agency may import them. */
export const RECORD_IMPORT_KINDS = [
  'participation',
  'benefits',
  'medical-visits',
  'bhyt-cards',
] as const;
export type RecordImportKind = (typeof RECORD_IMPORT_KINDS)[number];
/** Records, then the public directories (lookups.ts; supervisors and administrators only). */
export const IMPORT_KINDS = [...RECORD_IMPORT_KINDS, ...DIRECTORY_KINDS] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const isDirectoryKind = (k: ImportKind): k is DirectoryKind =>
  (DIRECTORY_KINDS as readonly string[]).includes(k);
/** Why a row was refused (or skipped: IMPORT_DUPLICATE). Messages in messages-records.ts. */
export const IMPORT_ROW_REASONS = [
  'IMPORT_UNKNOWN_BHXH_CODE',
  'IMPORT_PERIOD_REVERSED',
  'IMPORT_MONTH_IN_FUTURE',
  'IMPORT_SALARY_NOT_NUMBER',
  'IMPORT_FIELD_REQUIRED',
  'IMPORT_FIELD_INVALID',
  'IMPORT_DUPLICATE',
  'IMPORT_OUT_OF_SCOPE',
  'IMPORT_UNKNOWN_PLACE',
  'IMPORT_UNKNOWN_AGENCY',
] as const;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** `:bhxhCode` of /api/admin/citizens/:bhxhCode/records (any text: an unknown code is 404). */
export const citizenParamSchema = z.object({ bhxhCode: text({ max: 32 }) });

export const schemeQuerySchema = z.object({ scheme: z.enum(RECORD_SCHEMES).default('bhxh') });
export const benefitQuerySchema = z.object({
  category: z.enum(BENEFIT_CATEGORY_KEYS).default('one_time'),
});
export const exportQuerySchema = z.object({
  format: z.enum(['csv', 'pdf']).default('csv'),
  scheme: z.enum(RECORD_SCHEMES).default('bhxh'),
});

/** Thẻ BHYT as printed. `validTo` null = card issued by BHXH code: show only "từ ngày". */
export const bhytCardSchema = z.object({
  bhxhCode: z.string(),
  fullName: z.string(),
  birthDate: isoDate,
  gender: z.enum(['male', 'female']),
  /** "Mã số": the 10-digit code (since 2021). */
  cardNumber: z.string(),
  /** Old 15-character number, when the card still has one. */
  oldCardNumber: z.string().nullable(),
  /** "Nơi đăng ký KCB ban đầu". */
  facilityName: z.string(),
  facilityCode: z.string(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  /** "Thời điểm đủ 5 năm liên tục". */
  fiveYearsFrom: isoDate.nullable(),
  /** "Mức hưởng", e.g. '80%', '100%'. */
  benefitLevel: z.string(),
  /** Benefit code 1–5 when known. */
  benefitCode: z.string().nullable(),
  objectCode: z.string().nullable(),
  issueDate: isoDate,
  issuingOffice: z.string(),
  residenceCode: z.string().nullable(),
  /** The official QR payload (domain encodeBhytQr); render it as-is. */
  qrPayload: z.string(),
  /** When the server produced this answer; the PWA shows it with the offline copy. */
  fetchedAt: z.string(),
});

/** The agency a person turns to about their records: their province's BHXH agency. */
export const agencyContactSchema = z.object({
  code: z.string(),
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string().nullable(),
  /** Day codes and times, worded by the browser (as in the agencies lookup). */
  workingHours: openingHoursSchema.nullable(),
});

/**
 * Issue 11: BHXH holds no card for this person. Not an error (nothing to retry): the screen
 * says so and names the agency to contact (`agency` null when the person's province is unknown).
 */
export const noCardSchema = z.object({
  card: z.null(),
  agency: agencyContactSchema.nullable(),
});

/** GET /api/me/card: the card, or `{ card: null, agency }`. */
export const cardAnswerSchema = z.union([bhytCardSchema, noCardSchema]);

/** A number of months; the browser words it ("12 năm 2 tháng" / "12 years 2 months"). */
export const participationTotalSchema = z.object({
  months: z.number().int(),
  years: z.number().int(),
  remainingMonths: z.number().int(),
});

/** One row of "Quá trình tham gia"; tapping it shows "Chi tiết" with the same fields. */
export const participationPeriodSchema = z.object({
  id: z.string(),
  /** "Từ tháng" / "Đến tháng"; "Thời gian đóng" = `MM/YYYY - MM/YYYY`. */
  fromMonth: month,
  toMonth: month,
  /** "Đơn vị" / "Đơn vị công tác". */
  employerName: z.string(),
  /** "Loại hình đóng" (null when the record does not say). */
  contributionType: z.enum(CONTRIBUTION_TYPES).nullable(),
  /** "Chức vụ". */
  position: z.string().nullable(),
  /** "Nơi làm việc". */
  workplace: z.string().nullable(),
  /** "Loại tiền". */
  currency: z.string(),
  /** "Tiền lương đóng BHXH" in đồng (null when declared by coefficient only). */
  salary: z.number().int().nullable(),
  /** "Hệ số lương" as a decimal string, e.g. '3.66' (print '3,66'). */
  salaryCoefficient: z.string().nullable(),
  status: z.enum(['paid', 'unpaid']),
});

export const participationSchema = z.object({
  scheme: z.enum(RECORD_SCHEMES),
  /** "Tổng thời gian tham gia": distinct PAID months (an overlapping month counts once). */
  total: participationTotalSchema,
  /** Paid periods, newest first. */
  periods: z.array(participationPeriodSchema),
  /** "chưa đóng": months the employer has not paid; shown apart, not counted. */
  unpaid: z.array(participationPeriodSchema.extend({ months: z.number().int() })),
  /** Insured salary over time for the chart, oldest first, one point per period start. */
  salarySeries: z.array(z.object({ month, salary: z.number().int() })),
});

export const benefitItemSchema = z.object({
  id: z.string(),
  category: z.enum(BENEFIT_CATEGORY_KEYS),
  /** "Chế độ", e.g. 'childbirth' ("Sinh con"). */
  regime: z.enum(BENEFIT_REGIMES),
  fromDate: isoDate,
  toDate: isoDate.nullable(),
  amount: z.number().int(),
  /** "Tên đơn vị". */
  paidBy: z.string(),
});
export const benefitListSchema = z.object({
  category: z.enum(BENEFIT_CATEGORY_KEYS),
  /** Empty = say so plainly ("Không có dữ liệu"). */
  items: z.array(benefitItemSchema),
});

export const medicalVisitSchema = z.object({
  id: z.string(),
  facilityName: z.string(),
  facilityCode: z.string(),
  admittedOn: isoDate,
  dischargedOn: isoDate.nullable(),
  kind: z.enum(['outpatient', 'inpatient']),
  icdCode: z.string(),
  icdName: z.string(),
  totalCost: z.number().int(),
  paidByBhyt: z.number().int(),
  paidByPatient: z.number().int(),
});
/** "Sổ khám chữa bệnh": newest year first, visits newest first within a year. */
export const medicalVisitsSchema = z.object({
  years: z.array(z.object({ year: z.number().int(), visits: z.array(medicalVisitSchema) })),
});

/** The screen citizens open most: card + BHXH total + latest period (cheap to serve). */
export const recordsSummarySchema = z.object({
  bhxhCode: z.string(),
  fullName: z.string(),
  card: bhytCardSchema.nullable(),
  total: participationTotalSchema,
  latestPeriod: participationPeriodSchema.nullable(),
});

/** Officer view of one citizen (every view is written to the audit log). */
export const citizenRecordsSchema = z.object({
  person: z.object({
    bhxhCode: z.string(),
    fullName: z.string(),
    birthDate: isoDate,
    gender: z.enum(['male', 'female']),
    provinceCode: z.string().nullable(),
  }),
  card: bhytCardSchema.nullable(),
  participation: z.array(participationSchema),
  benefits: z.array(benefitItemSchema),
  visits: z.array(medicalVisitSchema),
});

export const importJobSchema = z.object({
  id: z.string(),
  kind: z.enum(IMPORT_KINDS),
  status: z.enum(['running', 'done', 'failed']),
  /** Data rows read so far (header excluded). */
  rowsRead: z.number().int(),
  added: z.number().int(),
  skipped: z.number().int(),
  /** Directory imports: rows already stored under their code, with changed values (overwritten). */
  updated: z.number().int(),
  refused: z.number().int(),
  /** Set when status = failed (e.g. IMPORT_HEADER_INVALID, IMPORT_FILE_MALFORMED). */
  errorCode: z.string().nullable(),
  /** IMPORT_FILE_MALFORMED: the 1-based line of the file where the faulty record starts. */
  errorLine: z.number().int().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Relative URL of the downloadable report (line, status, reason, raw row). */
  reportUrl: z.string(),
});

export type BhytCard = z.infer<typeof bhytCardSchema>;
export type AgencyContact = z.infer<typeof agencyContactSchema>;
export type NoCard = z.infer<typeof noCardSchema>;
export type CardAnswer = z.infer<typeof cardAnswerSchema>;
export type ParticipationTotalView = z.infer<typeof participationTotalSchema>;
export type ParticipationPeriodView = z.infer<typeof participationPeriodSchema>;
export type Participation = z.infer<typeof participationSchema>;
export type BenefitItem = z.infer<typeof benefitItemSchema>;
export type BenefitList = z.infer<typeof benefitListSchema>;
export type MedicalVisit = z.infer<typeof medicalVisitSchema>;
export type MedicalVisits = z.infer<typeof medicalVisitsSchema>;
export type RecordsSummary = z.infer<typeof recordsSummarySchema>;
export type CitizenRecords = z.infer<typeof citizenRecordsSchema>;
export type ImportJob = z.infer<typeof importJobSchema>;
