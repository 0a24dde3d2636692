import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { registrationDrives } from './drives.ts';
import { registrations } from './registration.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * "Đã nộp tờ khai" (issue 13): the organization received a student's signed declaration, found
 * by the application number its QR code holds. One row per receipt; an undone receipt (a
 * mistaken scan) keeps its row with who undid it and when, so the history stays whole, and at
 * most one receipt per student and drive is in force.
 */
export const declarationReceipts = pgTable(
  'declaration_receipts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    driveId: uuid('drive_id')
      .notNull()
      .references(() => registrationDrives.id, { onDelete: 'cascade' }),
    /** The student, by mã số BHXH as on the roster (a re-import keeps the receipt on them). */
    bhxhCode: text('bhxh_code').notNull(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    receivedAt: ts('received_at').notNull(),
    receivedBy: uuid('received_by')
      .notNull()
      .references(() => accounts.id),
    undoneAt: ts('undone_at'),
    undoneBy: uuid('undone_by').references(() => accounts.id),
  },
  (t) => [
    uniqueIndex('declaration_receipts_one_per_student')
      .on(t.driveId, t.bhxhCode)
      .where(sql`undone_at is null`),
    index('declaration_receipts_drive_idx').on(t.driveId, t.receivedAt),
  ],
);
