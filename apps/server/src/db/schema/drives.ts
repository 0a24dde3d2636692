import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { agencies, organizations } from './organizations.ts';
import { registrations } from './registration.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * An organization's staff account (issue 13): the account itself is a staff account (password +
 * TOTP, the officers' sign-in), with role 'org_unit' ("Cán bộ đơn vị", the whole organization) or
 * 'org_faculty' ("Cán bộ khoa": `faculty` only). It has no agency, so no officer route admits it.
 */
export const organizationStaff = pgTable('organization_staff', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id),
  /** "Cán bộ khoa" only: the faculty (khoa) as written in the roster; null = whole organization. */
  faculty: text('faculty'),
});

/** "Đợt đăng ký VssID": an organization's drive toward 100 % of its roster registered. */
export const registrationDrives = pgTable(
  'registration_drives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    /** Last day (Vietnam time) to register. */
    deadline: date('deadline', { mode: 'string' }).notNull(),
    /** The BHXH agency that receives the registrations and the signed declarations. */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    createdAt: ts('created_at').notNull().default(sql`now()`),
  },
  (t) => [index('registration_drives_org_idx').on(t.organizationId)],
);

/**
 * One student of a drive's roster, matched to an insured person at import. Unique per drive by
 * mã sinh viên: re-importing an updated roster updates the row, never adds a second one.
 */
export const rosterRows = pgTable(
  'roster_rows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    driveId: uuid('drive_id')
      .notNull()
      .references(() => registrationDrives.id, { onDelete: 'cascade' }),
    studentCode: text('student_code').notNull(),
    fullName: text('full_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    faculty: text('faculty').notNull(),
    className: text('class_name').notNull(),
    /** The insured person the row matched (typed, or found by name + birth date). */
    bhxhCode: text('bhxh_code').notNull(),
    /** Whether the roster itself gave the code (false: found by name + birth date). */
    codeGiven: boolean('code_given').notNull().default(true),
    email: text('email'),
    phone: text('phone'),
    /** searchKey(mã sinh viên, họ và tên, lớp): the diacritics-insensitive search. */
    searchKey: text('search_key').notNull(),
    importedAt: ts('imported_at').notNull(),
  },
  (t) => [
    uniqueIndex('roster_rows_drive_student_uq').on(t.driveId, t.studentCode),
    uniqueIndex('roster_rows_drive_bhxh_uq').on(t.driveId, t.bhxhCode),
    index('roster_rows_drive_faculty_idx').on(t.driveId, t.faculty, t.className),
  ],
);

/** A roster upload: progress counters the page polls, and the refused lines with their reason. */
export const rosterImports = pgTable(
  'roster_imports',
  {
    id: uuid('id').primaryKey(),
    driveId: uuid('drive_id')
      .notNull()
      .references(() => registrationDrives.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    status: text('status', { enum: ['running', 'done', 'failed'] }).notNull(),
    /** Rows of the file when known before reading (a workbook); null for a streamed CSV. */
    rowsTotal: integer('rows_total'),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsAdded: integer('rows_added').notNull().default(0),
    rowsUpdated: integer('rows_updated').notNull().default(0),
    rowsRefused: integer('rows_refused').notNull().default(0),
    /** [{ line, code, detail? }] in line order (at most ROSTER_PROBLEMS_KEPT). */
    problems: jsonb('problems')
      .$type<{ line: number; code: string; detail?: string }[]>()
      .notNull()
      .default([]),
    errorCode: text('error_code'),
    startedAt: ts('started_at').notNull(),
    /** Renewed while the request reading the file lives; a running job older than that died. */
    heartbeatAt: ts('heartbeat_at').notNull(),
    finishedAt: ts('finished_at'),
  },
  (t) => [index('roster_imports_drive_idx').on(t.driveId, t.startedAt)],
);

/**
 * "Gửi nhắc nhở": one reminder mail to one roster student, at most one per student per Vietnam
 * day (the unique index is the rule, so two staff pressing at once still send one).
 */
export const rosterReminders = pgTable(
  'roster_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rosterRowId: uuid('roster_row_id')
      .notNull()
      .references(() => rosterRows.id, { onDelete: 'cascade' }),
    driveId: uuid('drive_id')
      .notNull()
      .references(() => registrationDrives.id, { onDelete: 'cascade' }),
    /** The Vietnam calendar day of the send: the one-a-day key. */
    day: date('day', { mode: 'string' }).notNull(),
    sentAt: ts('sent_at').notNull(),
    sentBy: uuid('sent_by')
      .notNull()
      .references(() => accounts.id),
    outboxId: uuid('outbox_id').notNull(),
  },
  (t) => [
    uniqueIndex('roster_reminders_row_day_uq').on(t.rosterRowId, t.day),
    index('roster_reminders_drive_sent_idx').on(t.driveId, t.sentAt),
  ],
);

/**
 * A registration made from a drive's poster QR code ("Quét mã để đăng ký VssID"): the drive it
 * came through, kept apart from the registration itself. One drive per registration: the first.
 */
export const registrationDriveLinks = pgTable('registration_drive_links', {
  registrationId: uuid('registration_id')
    .primaryKey()
    .references(() => registrations.id, { onDelete: 'cascade' }),
  driveId: uuid('drive_id')
    .notNull()
    .references(() => registrationDrives.id, { onDelete: 'cascade' }),
  linkedAt: ts('linked_at').notNull(),
});
