import { z } from 'zod';
import { text } from './text.ts';

/**
 * Signed declarations at /to-chuc (issue 13): the organization marks a student's signed form
 * ("Tờ khai đăng ký sử dụng phương thức giao dịch điện tử", whose QR code holds the application
 * number) as received — "Đã nộp tờ khai" — and prints "Danh sách bàn giao tờ khai" for each
 * receiving BHXH agency. Only an approved application's form is received (ROSTER_STATUSES).
 *
 * | Method | Path                                                     | 2xx                              | Errors
 * |--------|----------------------------------------------------------|----------------------------------|-------
 * | GET    | /api/admin/org/drives/:id/declarations                   | 200 declarationListSchema        | 401; 403; 404
 * | POST   | /api/admin/org/drives/:id/declarations                   | 201 received / 200 already received (declarationReceiveResultSchema) | 400 DECLARATION_NUMBER_*; 401; 403 DECLARATION_OTHER_FACULTY; 404 DRIVE_NOT_FOUND, DECLARATION_UNKNOWN, DECLARATION_NOT_ON_ROSTER; 409 DECLARATION_NOT_APPROVED, DECLARATION_REJECTED
 * | DELETE | /api/admin/org/drives/:id/declarations/:number           | 200 declarationReceiptSchema     | 401; 403; 404 DECLARATION_NOT_RECEIVED
 * | GET    | /api/admin/org/drives/:id/declarations/handover.pdf?agencyId= | 200 application/pdf         | 400; 401; 403; 404
 *
 * Answers, in the order they are checked: an unknown number; a form of someone not on this
 * drive's roster (another organization's form: never whose); for "Cán bộ khoa", a student of
 * another faculty; an application still pending or refused; a form already received (when and
 * by whom, 200 with outcome 'already_received').
 */

const NUMBER = /^(?:DK)?-?(\d{4})-?(\d{1,6})$/;

/**
 * The application number as the declaration prints it (DK-2026-000123), from what a QR code or a
 * person gave: spaces and case ignored; "DK", the dashes and the leading zeros optional. Null when it
 * is not an application number.
 */
export function normalizeApplicationNumber(v: string): string | null {
  const m = NUMBER.exec(v.replace(/\s+/g, '').toUpperCase());
  return m ? `DK-${m[1]}-${m[2]!.padStart(6, '0')}` : null;
}

export const applicationNumberInput = text({ max: 40, required: 'DECLARATION_NUMBER_REQUIRED' })
  .trim()
  .min(1, { error: 'DECLARATION_NUMBER_REQUIRED' })
  .refine((v) => normalizeApplicationNumber(v) !== null, { error: 'DECLARATION_NUMBER_INVALID' })
  .transform((v) => normalizeApplicationNumber(v)!);

export const declarationReceiveSchema = z.object({ applicationNumber: applicationNumberInput });
export type DeclarationReceiveInput = z.input<typeof declarationReceiveSchema>;

export const declarationReceiptSchema = z.object({
  applicationNumber: z.string(),
  studentCode: z.string(),
  fullName: z.string(),
  faculty: z.string(),
  className: z.string(),
  /** When the form was received (ISO 8601) and by which of the organization's staff. */
  receivedAt: z.string(),
  receivedBy: z.object({ name: z.string() }),
});
export type DeclarationReceipt = z.infer<typeof declarationReceiptSchema>;

export const declarationReceiveResultSchema = z.object({
  /** 'already_received': nothing changed; the receipt says when and by whom. */
  outcome: z.enum(['received', 'already_received']),
  receipt: declarationReceiptSchema,
});
export type DeclarationReceiveResult = z.infer<typeof declarationReceiveResultSchema>;

export const DECLARATION_LIST_SIZE = 50;
export const declarationListSchema = z.object({
  /** Forms received and in force (a faculty's staff: their faculty's). */
  total: z.number().int(),
  /** The latest DECLARATION_LIST_SIZE, newest first. */
  items: z.array(declarationReceiptSchema),
  /** The receiving BHXH agencies of the received forms, each with its handover count. */
  agencies: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
});
export type DeclarationList = z.infer<typeof declarationListSchema>;

export const handoverQuerySchema = z.object({
  /** The receiving agency; absent: the drive's own. */
  agencyId: z.uuid().optional(),
});
