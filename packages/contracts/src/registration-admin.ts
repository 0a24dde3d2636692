import { isValidIsoDate } from '@vssid/domain';
import { z } from 'zod';
import {
  photoInfoSchema,
  REGISTRATION_STATUSES,
  REGISTRY_RESULTS,
  REJECT_REASONS,
  rejectReasonInfoSchema,
} from './registration.ts';
import { text } from './text.ts';

const iso = z.string().describe('ISO 8601');

/** The back office's side of registration (routes in the table at the top of registration.ts). */

// ---------------------------------------------------------------- back office

const dateOnly = text({ max: 20 })
  .refine((v) => isValidIsoDate(v), { error: 'DATE_INVALID' })
  .optional();
export const adminRegistrationQuerySchema = z.object({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  /** Submission date range, inclusive, Vietnam time (yyyy-mm-dd). */
  from: dateOnly,
  to: dateOnly,
  /** Name, BHXH code or ID number; diacritics-insensitive. */
  q: text({ max: 100 }).trim().optional(),
  /** Only the students on this drive's roster (a drive this agency receives; issue 13). */
  driveId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type AdminRegistrationQuery = z.input<typeof adminRegistrationQuerySchema>;

/** The queue's filters (no page): which application comes before and after one, in queue order. */
export const registrationNeighboursQuerySchema = adminRegistrationQuerySchema.pick({
  status: true,
  from: true,
  to: true,
  q: true,
  driveId: true,
});
export type RegistrationNeighboursQuery = z.input<typeof registrationNeighboursQuerySchema>;
/** The ids of the applications just before and after one in the filtered queue (newest first). */
export const registrationNeighboursSchema = z.object({
  previous: z.string().nullable(),
  next: z.string().nullable(),
  /** The next one still waiting, skipping this one: where the officer goes after a decision. */
  nextPending: z.string().nullable(),
});

export const adminRegistrationSummarySchema = z.object({
  id: z.string(),
  applicationNumber: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  submittedAt: iso,
  decidedAt: iso.nullable(),
  fullName: z.string(),
  bhxhCode: z.string(),
  idNumber: z.string(),
  registryResult: z.enum(REGISTRY_RESULTS),
});
export const adminRegistrationListSchema = z.object({
  items: z.array(adminRegistrationSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const registrationDifferenceSchema = z.object({
  field: z.enum(['fullName', 'birthDate', 'idNumber']),
  /** 'diacritics' = same letters, different accents or case; 'differs'; 'missing' = not on record. */
  kind: z.enum(['differs', 'diacritics', 'missing']),
  submitted: z.string(),
  record: z.string().nullable(),
});

export const adminRegistrationDetailSchema = z.object({
  id: z.string(),
  applicationNumber: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  submittedAt: iso,
  decidedAt: iso.nullable(),
  decidedBy: z.string().nullable().describe("the officer's display name"),
  rejectReason: rejectReasonInfoSchema.nullable(),
  applicant: z.object({
    bhxhCode: z.string(),
    fullName: z.string(),
    idKind: z.enum(['cccd', 'cmnd', 'passport']),
    idNumber: z.string(),
    birthDate: z.string(),
    provinceCode: z.string(),
    provinceName: z.string(),
    communeCode: z.string(),
    communeName: z.string(),
    street: z.string(),
    /** Street, commune, province in one line. */
    address: z.string(),
    phone: z.string(),
    email: z.string(),
  }),
  agency: z.object({ id: z.string(), name: z.string() }),
  consentAt: iso,
  registry: z.object({ result: z.enum(REGISTRY_RESULTS), checkedAt: iso.nullable() }),
  /** Relative URLs under /api/admin/registrations/:id/photos/:kind (staff session). */
  photos: z.array(photoInfoSchema),
  /** What differs from the insurance records (insured_persons); empty when all agree. */
  differences: z.array(registrationDifferenceSchema),
});
export type AdminRegistrationDetail = z.infer<typeof adminRegistrationDetailSchema>;

export const rejectRequestSchema = z
  .object({
    reasonCode: z.enum(REJECT_REASONS, { error: 'REJECT_REASON_REQUIRED' }),
    note: text({ max: 1000, multiline: true }).trim().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.reasonCode === 'other' && v.note === '')
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'REJECT_NOTE_REQUIRED' });
  });
export type RejectRequest = z.input<typeof rejectRequestSchema>;

export const decisionResultSchema = z.object({
  id: z.string(),
  status: z.enum(['approved', 'rejected']),
  decidedAt: iso,
  /** Until when "Hoàn tác" can take the decision back; its mail leaves only after this. */
  undoUntil: iso,
});

/** "Hoàn tác": the application is waiting again, as if never decided. */
export const undoResultSchema = z.object({
  id: z.string(),
  status: z.literal('pending'),
});

export const auditLogQuerySchema = z.object({
  subjectId: text({ max: 100 }).trim().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export const auditLogListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      at: iso,
      actor: z.string().describe('display name of the officer'),
      actorRole: z.string(),
      action: z.string().describe("'registration.view' | 'registration.approve' | …"),
      subjectType: z.string(),
      subjectId: z.string(),
      subjectBhxhCode: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** The registration drives an agency receives (the queue's "Đợt đăng ký" filter; issue 13). */
export const agencyDriveListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      organizationName: z.string(),
      deadline: z.string().describe('yyyy-mm-dd'),
    }),
  ),
});
export type AgencyDriveList = z.infer<typeof agencyDriveListSchema>;
