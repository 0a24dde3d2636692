// CONTRACT-CHANGES: (clarifications only; nothing renamed or removed)
// - PUT …/applicant and POST …/otp take their bodies AS TYPED (every field an optional string at the
//   HTTP level) so the draft saves them before checking; a bad field is still 400 VALIDATION_FAILED
//   with the same field codes as applicantRequestSchema / otpSendRequestSchema.
// - PUT …/consent without `accepted: true` is 400 VALIDATION_FAILED, field `accepted`, code CONSENT_REQUIRED.
// - An unknown :kind in the photo routes is 400 VALIDATION_FAILED.
// - After submission, GET /api/registrations/:id still answers (for the success screen after a
//   reload): `submitted` set, `answers` kept, every photo null, `missing` empty; photo GET is 404.
/**
 * "Đăng ký tài khoản" — account registration with agency approval (issue 3).
 *
 * The draft lives ON THE SERVER: `POST /api/registrations` answers `{ id, draftToken }`; the
 * browser keeps both (localStorage) and sends the token in the `x-draft-token` header on every
 * `/api/registrations/:id…` call. Every step saves to the draft, so going back, a refused field,
 * a network drop or a reload loses nothing (photos included). Drafts expire 7 days after the
 * last change. A wrong/missing token answers exactly like an unknown id: 404 DRAFT_NOT_FOUND.
 * Dates are ISO `yyyy-mm-dd` in the API (dd/mm/yyyy on screen); times are ISO 8601 UTC.
 * Every error is the shared `apiErrorSchema`; `fields[].field` names the input to mark
 * (for photos: 'portrait' | 'id_front' | 'id_back'; for step 4: 'agencyId' | 'email' | 'otp').
 *
 * | Method | Path                                         | Body                         | 2xx                        | Errors (status code)
 * |--------|----------------------------------------------|------------------------------|----------------------------|---------------------
 * | GET    | /api/admin-units/provinces                   | –                            | 200 provinceListSchema     | –
 * | GET    | /api/admin-units/communes?provinceCode=&q=&limit= | –                       | 200 communeListSchema      | 400 VALIDATION_FAILED
 * | POST   | /api/admin-units/match                       | addressMatchRequestSchema    | 200 addressMatchSchema     | 400 VALIDATION_FAILED
 * | GET    | /api/agencies?q=&provinceCode=               | –                            | 200 agencyListSchema       | –
 * | POST   | /api/registrations                           | {} (empty)                   | 201 draftCreatedSchema     | 429 REGISTRATION_RATE_LIMITED
 * | GET    | /api/registrations/:id                       | –                            | 200 registrationDraftSchema| 404 DRAFT_NOT_FOUND
 * | PATCH  | /api/registrations/:id                       | draftAnswersPatchSchema      | 200 registrationDraftSchema| 404, 409 REGISTRATION_ALREADY_SUBMITTED (autosave, no checks)
 * | PUT    | /api/registrations/:id/identity  (step 1)    | identityRequestSchema        | 200 identityCheckedSchema  | 400 VALIDATION_FAILED; 422 BHXH_CODE_NOT_FOUND(bhxhCode), NAME_MISMATCH(fullName); 409 ACCOUNT_EXISTS / APPLICATION_EXISTS (bhxhCode), REGISTRATION_ALREADY_SUBMITTED; 429 REGISTRATION_RATE_LIMITED (the same per-IP counter as …/applicant); 404
 * | PUT    | /api/registrations/:id/applicant             | applicantRequestSchema       | 200 registrationDraftSchema| 400 VALIDATION_FAILED; 422 BHXH_CODE_NOT_FOUND(bhxhCode), NAME_MISMATCH(fullName), COMMUNE_NOT_IN_PROVINCE(communeCode), PROVINCE_NOT_FOUND(provinceCode); 409 APPLICATION_EXISTS / ACCOUNT_EXISTS (bhxhCode), REGISTRATION_ALREADY_SUBMITTED; 429 REGISTRATION_RATE_LIMITED; 404
 * | PUT    | /api/registrations/:id/consent               | consentRequestSchema         | 200 registrationDraftSchema| 400 CONSENT_REQUIRED(accepted); 404; 409
 * | PUT    | /api/registrations/:id/photos/:kind          | multipart field "file", or the raw image body (any content-type) | 200 photoUploadedSchema | 409 CONSENT_REQUIRED; 413 PHOTO_TOO_LARGE; 415 PHOTO_TYPE_UNSUPPORTED; 422 PHOTO_TOO_SMALL / PHOTO_UNREADABLE / PHOTO_DIMENSIONS_TOO_LARGE; 503 PHOTO_BUSY (Retry-After); 400 PHOTO_FILE_REQUIRED (all at field = kind); 404
 * | GET    | /api/registrations/:id/photos/:kind          | –                            | 200 image/jpeg (attachment, nosniff) | 404
 * | DELETE | /api/registrations/:id/photos/:kind          | –                            | 200 registrationDraftSchema| 404, 409
 * | POST   | /api/registrations/:id/otp  ("Gửi", "Gửi lại mã") | otpSendRequestSchema    | 200 otpSentSchema          | 400 VALIDATION_FAILED; 422 REGISTRATION_INCOMPLETE (fields: applicant→APPLICANT_NOT_VERIFIED, consent→CONSENT_REQUIRED, portrait/id_front/id_back→PHOTO_REQUIRED); 422 AGENCY_NOT_FOUND(agencyId); 409 EMAIL_TAKEN(email), APPLICATION_EXISTS/ACCOUNT_EXISTS(bhxhCode); 429 OTP_RESEND_TOO_EARLY / OTP_SEND_LIMIT (Retry-After); 404
 * | POST   | /api/registrations/:id/submit ("Xác nhận")   | submitRequestSchema          | 200 submittedSchema        | 400 OTP_INVALID / OTP_EXPIRED / OTP_LOCKED (field otp); 409 OTP_NOT_SENT, EMAIL_TAKEN, APPLICATION_EXISTS, ACCOUNT_EXISTS, REGISTRATION_ALREADY_SUBMITTED; 404
 * | POST   | /api/registrations/status                    | statusRequestSchema          | 200 registrationStatusSchema | 404 STATUS_NOT_FOUND; 429 REGISTRATION_RATE_LIMITED
 * | GET    | /api/admin/registrations?status=&from=&to=&q=&page=&pageSize= | –           | 200 adminRegistrationListSchema | 401, 403 (staff session + CSRF as usual)
 * | GET    | /api/admin/registrations/:id                 | –                            | 200 adminRegistrationDetailSchema | 404 (also another agency's application)
 * | GET    | /api/admin/registrations/:id/photos/:kind    | –                            | 200 image/jpeg (attachment, nosniff) | 404
 * | POST   | /api/admin/registrations/:id/approve ("Duyệt") | {}                         | 200 decisionResultSchema   | 404; 409 DECISION_ALREADY_MADE, ACCOUNT_EXISTS, EMAIL_TAKEN
 * | POST   | /api/admin/registrations/:id/reject ("Từ chối") | rejectRequestSchema       | 200 decisionResultSchema   | 400 VALIDATION_FAILED (reasonCode: REJECT_REASON_REQUIRED, note: REJECT_NOTE_REQUIRED when 'other'); 404; 409 DECISION_ALREADY_MADE
 * | POST   | /api/admin/registrations/:id/undo ("Hoàn tác") | {}                         | 200 undoResultSchema       | 404; 409 NOTHING_TO_UNDO, UNDO_WINDOW_CLOSED, UNDO_CONFLICT
 * | GET    | /api/admin/audit-log?subjectId=&page=&pageSize= | –                         | 200 auditLogListSchema     | 403 FORBIDDEN unless supervisor/administrator (own agency only)
 *
 * The submission mail holds the status link `/dang-ky/trang-thai?ma=<applicationNumber>#t=<token>`:
 * the token is in the URL fragment so it never reaches server logs; the page reads it and POSTs
 * `{ bhxhCode, token }`. The token stays valid for repeated look-ups of that one application.
 */
import {
  isValidIsoDate,
  normalizeName,
  validateBhxhCode,
  validateCccd,
  validateEmail,
  validateIdNumber,
  validateVnMobile,
} from '@vssid/domain';
import { z } from 'zod';
import { text } from './text.ts';

/** Header carrying the draft token on every /api/registrations/:id… call. */
export const DRAFT_TOKEN_HEADER = 'x-draft-token';
/** Drafts are deleted this long after their last change. */
export const DRAFT_TTL_DAYS = 7;
/** Largest accepted photo upload, in bytes (10 MB). */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** Smallest accepted photo, in pixels on each side. */
export const PHOTO_MIN_SIDE_PX = 300;
/** OTP validity shown as a countdown. */
export const REGISTRATION_OTP_TTL_SECONDS = 240;

/** The three pictures of step 3: "Ảnh chân dung 4x6", "Ảnh CCCD/CMND/HC mặt trước", "…mặt sau". */
export const PHOTO_KINDS = ['portrait', 'id_front', 'id_back'] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];
export const PHOTO_KIND_LABELS: Record<PhotoKind, { vi: string; en: string }> = {
  portrait: { vi: 'Ảnh chân dung 4x6', en: '4x6 portrait photo' },
  id_front: { vi: 'Ảnh CCCD/CMND/HC mặt trước', en: 'ID card / passport, front' },
  id_back: { vi: 'Ảnh CCCD/CMND/HC mặt sau', en: 'ID card / passport, back' },
};

export const REGISTRATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, { vi: string; en: string }> = {
  pending: { vi: 'Chờ duyệt', en: 'Awaiting approval' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  rejected: { vi: 'Bị từ chối', en: 'Refused' },
};

/** "Từ chối" reasons; 'other' needs a note. */
export const REJECT_REASONS = ['photo_unclear', 'data_mismatch', 'duplicate', 'other'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
export const REJECT_REASON_LABELS: Record<RejectReason, { vi: string; en: string }> = {
  photo_unclear: { vi: 'Ảnh không rõ', en: 'Photo not clear' },
  data_mismatch: { vi: 'Thông tin không khớp', en: 'Information does not match' },
  duplicate: { vi: 'Trùng hồ sơ', en: 'Duplicate application' },
  other: { vi: 'Khác', en: 'Other' },
};

/** What the national population registry answered ('not_checked' for CMND/passport). */
export const REGISTRY_RESULTS = [
  'match',
  'mismatch',
  'not_found',
  'unavailable',
  'not_checked',
] as const;
export type RegistryResult = (typeof REGISTRY_RESULTS)[number];

// ---------------------------------------------------------------- field helpers

/** Runs a domain validator inside zod, keeping its error code as the message. */
function checked<T>(
  requiredCode: string,
  max: number,
  fn: (v: string) => { ok: true; value: T } | { ok: false; error: string },
) {
  return text({ max, required: requiredCode }).transform((v, ctx) => {
    const r = fn(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.error });
      return z.NEVER;
    }
    return r.value;
  });
}

const bhxhCode = checked('BHXH_CODE_REQUIRED', 50, validateBhxhCode);
const email = checked('EMAIL_REQUIRED', 320, validateEmail);
const phone = checked('MOBILE_REQUIRED', 50, validateVnMobile);
const idNumber = checked('ID_NUMBER_REQUIRED', 50, (v) => {
  const r = validateIdNumber(v);
  return r.ok ? { ok: true as const, value: r.value.number } : r;
});
const fullName = text({ max: 200, required: 'FULL_NAME_REQUIRED' })
  .transform((v) => normalizeName(v))
  .pipe(
    z
      .string()
      .min(1, { error: 'FULL_NAME_REQUIRED' })
      .max(100, { error: 'FIELD_TOO_LONG' })
      .regex(/^[\p{L}\p{M}' .-]+$/u, { error: 'FULL_NAME_INVALID' }),
  );
const birthDate = text({ max: 40, required: 'BIRTH_DATE_REQUIRED' })
  .trim()
  .min(1, { error: 'BIRTH_DATE_REQUIRED' })
  .refine((v) => isValidIsoDate(v), { error: 'BIRTH_DATE_INVALID' })
  .refine((v) => v >= '1900-01-01', { error: 'BIRTH_DATE_INVALID' });
const code = (required: string) =>
  text({ max: 10, required, tooLong: 'FIELD_INVALID' })
    .trim()
    .min(1, { error: required })
    .regex(/^\d+$/, { error: 'FIELD_INVALID' });
const street = text({ max: 200, required: 'STREET_REQUIRED' })
  .trim()
  .min(1, { error: 'STREET_REQUIRED' });
const otp = text({ max: 20, required: 'OTP_REQUIRED' })
  .trim()
  .regex(/^\d{6}$/, { error: 'OTP_FORMAT' });
const iso = z.string().describe('ISO 8601');

// ---------------------------------------------------------------- draft (citizen)

/** A CCCD encodes the birth year: a disagreement is almost always a typo in one of them. */
function cccdBirthYear(v: { idNumber: string; birthDate: string }, ctx: z.RefinementCtx) {
  if (/^\d{12}$/.test(v.idNumber)) {
    const r = validateCccd(v.idNumber, { birthDate: v.birthDate });
    if (!r.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: r.error });
  }
}

// Beside the other fields' errors, not after they are fixed: it needs only these two valid.
const cccdBirthYearWhen = {
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((i) => ['idNumber', 'birthDate'].includes(String(i.path?.[0]))),
};

const identityFields = { bhxhCode, fullName, idNumber, birthDate };

/**
 * Step 1 "Tiếp tục": who the person is. The server checks the code against the insurance records
 * (exists, name matches, no account or pending application yet) before the address is asked for.
 */
export const identityRequestSchema = z
  .object(identityFields)
  .superRefine(cccdBirthYear, cccdBirthYearWhen);
export type IdentityRequest = z.input<typeof identityRequestSchema>;

/** Step 1–2, "Điền đầy đủ, chính xác các thông tin"; checked again by the server. */
export const applicantRequestSchema = z
  .object({
    ...identityFields,
    provinceCode: code('PROVINCE_REQUIRED'),
    communeCode: code('COMMUNE_REQUIRED'),
    street,
    phone,
  })
  .superRefine(cccdBirthYear, cccdBirthYearWhen);
export type ApplicantRequest = z.input<typeof applicantRequestSchema>;

const answerText = text({ max: 500 });
/** `:id` of /api/registrations/:id… and /api/admin/registrations/:id…. */
export const registrationIdParamSchema = z.object({ id: text({ max: 64 }) });
export const registrationPhotoParamSchema = registrationIdParamSchema.extend({
  kind: z.enum(PHOTO_KINDS),
});
export const draftTokenHeaderSchema = z.object({
  [DRAFT_TOKEN_HEADER]: text({ max: 200 }).optional(),
});

/** What the form holds, as typed (all optional); stored without checks by PATCH. */
export const draftAnswersSchema = z.object({
  bhxhCode: answerText.optional(),
  fullName: answerText.optional(),
  idNumber: answerText.optional(),
  birthDate: answerText.optional(),
  provinceCode: answerText.optional(),
  communeCode: answerText.optional(),
  street: answerText.optional(),
  phone: answerText.optional(),
  agencyId: answerText.optional(),
  email: answerText.optional(),
});
export type DraftAnswers = z.infer<typeof draftAnswersSchema>;
/** Autosave: the given keys replace the stored answers (changing step 1–2 needs a new check). */
export const draftAnswersPatchSchema = draftAnswersSchema;

/** Consent to processing the photos (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15); must be true. */
export const consentRequestSchema = z.object({
  accepted: z.literal(true, { error: 'CONSENT_REQUIRED' }),
});

export const photoInfoSchema = z.object({
  kind: z.enum(PHOTO_KINDS),
  /** Relative URL of the normalized JPEG (send x-draft-token; fetch as a blob). */
  url: z.string(),
  contentType: z.literal('image/jpeg'),
  size: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  uploadedAt: iso,
});
export type PhotoInfo = z.infer<typeof photoInfoSchema>;

export const registrationDraftSchema = z.object({
  id: z.string(),
  expiresAt: iso,
  /** The form's answers as last saved (typed values; normalized once step 1–2 passed). */
  answers: draftAnswersSchema,
  /** Step 1–2 passed the server checks with the current answers. */
  applicantVerified: z.boolean(),
  idKind: z.enum(['cccd', 'cmnd', 'passport']).nullable(),
  /**
   * True when the national population registry confirmed the CCCD: show "Thông tin công dân đã
   * được Cơ sở dữ liệu Quốc gia về dân cư xác thực." and require only the portrait.
   */
  verified: z.boolean(),
  requiredPhotos: z.array(z.enum(PHOTO_KINDS)),
  consentAt: iso.nullable(),
  photos: z.object({
    portrait: photoInfoSchema.nullable(),
    id_front: photoInfoSchema.nullable(),
    id_back: photoInfoSchema.nullable(),
  }),
  /** The last OTP sent for this draft, for the countdown and "Gửi lại mã". */
  otp: z
    .object({ sentAt: iso, expiresAt: iso, resendAfter: iso, maskedEmail: z.string() })
    .nullable(),
  /** What still blocks "Gửi": 'applicant' | 'consent' | 'portrait' | 'id_front' | 'id_back' | 'agencyId' | 'email'. */
  missing: z.array(z.string()),
  submitted: z.object({ applicationNumber: z.string(), submittedAt: iso }).nullable(),
});
export type RegistrationDraft = z.infer<typeof registrationDraftSchema>;

/** The answer to step 1's check (PUT …/identity). */
export const identityCheckedSchema = z.object({
  draft: registrationDraftSchema,
  /**
   * The records' spelling of the name, only when the typed name is the same name up to
   * diacritics, case and spacing but spelled otherwise ("hoang thu trang" → "Hoàng Thu Trang"):
   * the form asks "Có phải bạn là …?". Never set for a name that does not match (NAME_MISMATCH),
   * so it reveals nothing the person did not already type. The server stores the records'
   * spelling whether or not the person accepts.
   */
  recordName: z.string().nullable(),
});
export type IdentityChecked = z.infer<typeof identityCheckedSchema>;

export const draftCreatedSchema = z.object({
  id: z.string(),
  /** Keep it (localStorage) and send it as x-draft-token; it is shown only once. */
  draftToken: z.string(),
  draft: registrationDraftSchema,
});

export const photoUploadedSchema = z.object({
  photo: photoInfoSchema,
  draft: registrationDraftSchema,
});

/** Step 4 "Gửi" / "Gửi lại mã": saves the agency and email, checks the rules, mails the OTP. */
export const otpSendRequestSchema = z.object({
  agencyId: text({ max: 100, required: 'AGENCY_REQUIRED', tooLong: 'FIELD_INVALID' })
    .trim()
    .min(1, { error: 'AGENCY_REQUIRED' }),
  email,
});
export type OtpSendRequest = z.input<typeof otpSendRequestSchema>;
/** The body of "Gửi" as typed: saved to the draft, then checked with otpSendRequestSchema. */
export const otpSendDraftSchema = z.object({
  agencyId: text({ max: 100 }).optional(),
  email: text({ max: 300 }).optional(),
});
export const otpSentSchema = z.object({
  maskedEmail: z.string().describe('ví dụ h•••••4798@gmail.com'),
  expiresAt: iso,
  resendAfter: iso,
  ttlSeconds: z.number().int(),
});

/** "Xác nhận": the 6-digit code from the mail submits the application. */
export const submitRequestSchema = z.object({ otp });
export const submittedSchema = z.object({
  applicationNumber: z.string().describe('ví dụ DK-2026-000123'),
  status: z.literal('pending'),
  submittedAt: iso,
  maskedEmail: z.string(),
});

// ---------------------------------------------------------------- status page

/** "Tra cứu trạng thái đăng ký": BHXH code + the token from the link's #t= fragment. */
export const statusRequestSchema = z.object({
  bhxhCode,
  token: text({ max: 200, required: 'STATUS_TOKEN_REQUIRED', tooLong: 'STATUS_NOT_FOUND' })
    .trim()
    .min(1, { error: 'STATUS_TOKEN_REQUIRED' }),
});
export const rejectReasonInfoSchema = z.object({
  code: z.enum(REJECT_REASONS),
  label: z.string().describe('in the request language'),
  note: z.string().nullable(),
});
export const registrationStatusSchema = z.object({
  applicationNumber: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  statusLabel: z.string().describe('Chờ duyệt / Đã duyệt / Bị từ chối'),
  submittedAt: iso,
  decidedAt: iso.nullable(),
  rejectReason: rejectReasonInfoSchema.nullable(),
  agency: z.object({ name: z.string(), phone: z.string(), address: z.string() }),
});
export type RegistrationStatusInfo = z.infer<typeof registrationStatusSchema>;
