import { z } from 'zod';
import { ROSTER_STATUSES } from './organization.ts';
import { optionalText, text } from './text.ts';

/**
 * Reminders and the poster of a drive (issue 13).
 *
 * | Method | Path                                          | 2xx                       | Errors
 * |--------|-----------------------------------------------|---------------------------|-------
 * | POST   | /api/admin/org/drives/:id/reminders           | 200 reminderResultSchema  | 400; 401; 403; 404
 * | GET    | /api/admin/org/drives/:id/poster              | 200 drivePosterSchema     | 401; 403; 404
 * | POST   | /api/drive-links/prefill                      | 200 reminderPrefillSchema | 400 (LINK_INVALID); 410 (LINK_EXPIRED)
 * | POST   | /api/drive-links/poster (x-draft-token)       | 200 posterLinkSchema      | 400; 404 (draft); 410
 *
 * A reminder goes to the roster's email with a personal link /dang-ky?nhac=<token> (signed,
 * bound to that one roster row, expiring at the end of the deadline day); at most one per
 * student per Vietnam day; never to a student already approved.
 */

/** Students chosen one by one (mã sinh viên), or all those matching the list's filter. */
export const reminderRequestSchema = z
  .object({
    studentCodes: z
      .array(text({ max: 30 }).min(1))
      .min(1)
      .max(1000)
      .optional(),
    filter: z
      .object({
        status: z.enum(ROSTER_STATUSES).optional(),
        faculty: optionalText(200),
        className: optionalText(100),
        q: optionalText(200),
      })
      .optional(),
  })
  .refine((r) => (r.studentCodes === undefined) !== (r.filter === undefined), {
    message: 'REMINDER_SELECTION_REQUIRED',
    path: ['studentCodes'],
  });
export type ReminderRequest = z.infer<typeof reminderRequestSchema>;

export const reminderResultSchema = z.object({
  /** Mails written to the outbox now. */
  sent: z.number().int(),
  /** Already reminded today (Vietnam day). */
  skippedToday: z.number().int(),
  /** "Đã được duyệt": never reminded. */
  skippedApproved: z.number().int(),
  /** No email on the roster. */
  skippedNoEmail: z.number().int(),
  /** Over the drive's limit per minute: not sent, to send again in a minute. */
  deferred: z.number().int(),
  /** The answer in Vietnamese, e.g. "Đã gửi 12, bỏ qua 3 đã nhắc hôm nay". */
  message: z.string(),
});
export type ReminderResult = z.infer<typeof reminderResultSchema>;

export const drivePosterSchema = z.object({
  organization: z.object({ name: z.string() }),
  drive: z.object({ id: z.string(), name: z.string(), deadline: z.string() }),
  /** The full /dang-ky address with the drive's token, what the QR code encodes. */
  url: z.string(),
  /** The QR code of `url`, as an SVG document. */
  qrSvg: z.string(),
});
export type DrivePoster = z.infer<typeof drivePosterSchema>;

const token = text({ max: 300 }).min(1);
export const linkTokenSchema = z.object({ token });

/** A reminder link's prefill: that roster row's code (if the school gave it) and name, only. */
export const reminderPrefillSchema = z.object({
  bhxhCode: z.string().nullable(),
  fullName: z.string(),
});
export type ReminderPrefill = z.infer<typeof reminderPrefillSchema>;

export const posterLinkRequestSchema = z.object({
  token,
  /** The registration to tie to the drive; its draft token goes in x-draft-token. */
  draftId: z.uuid().optional(),
});
export const posterLinkSchema = z.object({ drive: z.object({ name: z.string() }) });
