import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { agencies } from './organizations.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** Numbers the submitted applications (DK-2026-000123), shared by every API instance. */
export const registrationNumberSeq = pgSequence('registration_number_seq', { startWith: 1 });

/**
 * "Đăng ký tài khoản": one row from the first step (status 'draft') to the officer's decision.
 * The typed answers live in `answers` (saved as typed, so nothing is lost); the checked,
 * normalized copy lives in the columns once step 1–2 passed. Only SHA-256 digests of the draft
 * and status tokens are stored.
 */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draftTokenHash: text('draft_token_hash').notNull(),
    status: text('status', { enum: ['draft', 'pending', 'approved', 'rejected'] })
      .notNull()
      .default('draft'),
    answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
    applicantVerified: boolean('applicant_verified').notNull().default(false),
    bhxhCode: text('bhxh_code'),
    fullName: text('full_name'),
    nameKey: text('name_key'),
    idKind: text('id_kind', { enum: ['cccd', 'cmnd', 'passport'] }),
    idNumber: text('id_number'),
    birthDate: date('birth_date', { mode: 'string' }),
    provinceCode: text('province_code'),
    communeCode: text('commune_code'),
    street: text('street'),
    phone: text('phone'),
    registryResult: text('registry_result', {
      enum: ['match', 'mismatch', 'not_found', 'unavailable', 'not_checked'],
    }),
    registryCheckedAt: ts('registry_checked_at'),
    consentAt: ts('consent_at'),
    agencyId: uuid('agency_id').references(() => agencies.id),
    email: text('email'),
    /** Lower-cased email: "one email per BHXH code" compares on it. */
    emailKey: text('email_key'),
    otpId: uuid('otp_id'),
    otpSentAt: ts('otp_sent_at'),
    otpExpiresAt: ts('otp_expires_at'),
    applicationNumber: text('application_number').unique(),
    statusTokenHash: text('status_token_hash'),
    submittedAt: ts('submitted_at'),
    decidedAt: ts('decided_at'),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    rejectReason: text('reject_reason'),
    rejectNote: text('reject_note'),
    accountId: uuid('account_id').references(() => accounts.id),
    /** Refused applications: photos are deleted from this time on (decision + 30 days). */
    filesPurgeAt: ts('files_purge_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    /** Drafts only: deleted (with their photos) after this time. */
    expiresAt: ts('expires_at'),
  },
  (t) => [
    index('registrations_agency_queue_idx').on(t.agencyId, t.status, t.submittedAt),
    index('registrations_bhxh_idx').on(t.bhxhCode),
    index('registrations_email_idx').on(t.emailKey),
    index('registrations_expires_idx').on(t.expiresAt),
    // The rules "one pending application per code" and "one email per code" hold even when two
    // submissions race: the second insert fails on these.
    uniqueIndex('registrations_one_pending_per_code').on(t.bhxhCode).where(sql`status = 'pending'`),
    uniqueIndex('registrations_one_pending_per_email')
      .on(t.emailKey)
      .where(sql`status = 'pending'`),
  ],
);

/** The photos of a registration; the bytes live in the file storage under `fileKey`. */
export const registrationPhotos = pgTable(
  'registration_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['portrait', 'id_front', 'id_back'] }).notNull(),
    fileKey: text('file_key').notNull(),
    size: integer('size').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** What the upload really was (by magic bytes), for the officer; always stored as JPEG. */
    sourceType: text('source_type').notNull(),
    uploadedAt: ts('uploaded_at').notNull(),
  },
  (t) => [uniqueIndex('registration_photos_kind_idx').on(t.registrationId, t.kind)],
);

/**
 * The default file storage: AES-256-GCM ciphertext in PostgreSQL, so every API instance sees
 * the same files and backups carry them. Keys are random; there is no public URL.
 */
export const storedFiles = pgTable('stored_files', {
  key: text('key').primaryKey(),
  ciphertext: bytea('ciphertext').notNull(),
  size: integer('size').notNull(),
  createdAt: ts('created_at').notNull().default(sql`now()`),
});
