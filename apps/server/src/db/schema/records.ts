import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { insuredPersons } from './insurance-records.ts';

/**
 * Thẻ BHYT. One current card per person (bhxh_code unique): a re-import of the same card is a
 * duplicate, not a second card. `validTo` null = card issued by BHXH code ("từ ngày" only).
 */
export const bhytCards = pgTable(
  'bhyt_cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bhxhCode: text('bhxh_code')
      .notNull()
      .references(() => insuredPersons.bhxhCode),
    cardNumber: text('card_number').notNull(),
    oldCardNumber: text('old_card_number'),
    facilityName: text('facility_name').notNull(),
    facilityCode: text('facility_code').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    fiveYearsFrom: date('five_years_from', { mode: 'string' }),
    benefitLevel: text('benefit_level').notNull(),
    benefitCode: text('benefit_code'),
    objectCode: text('object_code'),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    issuingOffice: text('issuing_office').notNull(),
    residenceCode: text('residence_code'),
    demo: integer('demo').notNull().default(0),
  },
  (t) => [uniqueIndex('bhyt_cards_person_uq').on(t.bhxhCode)],
);

/** Sổ khám chữa bệnh: one visit. Money in integer đồng. Natural key = person+facility+day+ICD. */
export const medicalVisits = pgTable(
  'medical_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bhxhCode: text('bhxh_code')
      .notNull()
      .references(() => insuredPersons.bhxhCode),
    facilityName: text('facility_name').notNull(),
    facilityCode: text('facility_code').notNull(),
    admittedOn: date('admitted_on', { mode: 'string' }).notNull(),
    dischargedOn: date('discharged_on', { mode: 'string' }),
    kind: text('kind', { enum: ['outpatient', 'inpatient'] }).notNull(),
    icdCode: text('icd_code').notNull(),
    icdName: text('icd_name').notNull(),
    totalCost: bigint('total_cost', { mode: 'number' }).notNull(),
    paidByBhyt: bigint('paid_by_bhyt', { mode: 'number' }).notNull(),
    paidByPatient: bigint('paid_by_patient', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('medical_visits_natural_uq').on(
      t.bhxhCode,
      t.facilityCode,
      t.admittedOn,
      t.icdCode,
    ),
  ],
);

/** One CSV import by an officer; counters are updated after every batch (progress bar). */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    officerAccountId: uuid('officer_account_id').references(() => accounts.id),
    agencyId: uuid('agency_id').notNull(),
    status: text('status', { enum: ['running', 'done', 'failed'] }).notNull(),
    rowsRead: integer('rows_read').notNull().default(0),
    added: integer('added').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    /** Directory imports: rows whose natural key existed with different values (upserted). */
    updated: integer('updated').notNull().default(0),
    refused: integer('refused').notNull().default(0),
    errorCode: text('error_code'),
    /** IMPORT_FILE_MALFORMED: the line where the faulty record starts. */
    errorLine: integer('error_line'),
    /**
     * 'reading': the file is being parsed into import_staged_batches (nothing applied yet);
     * 'applying': the whole file was valid CSV, staged rows are being applied batch by batch.
     */
    stage: text('stage', { enum: ['reading', 'applying'] })
      .notNull()
      .default('reading'),
    /** Lease of the process running the job, renewed by its heartbeat; stale = process died. */
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().default(sql`now()`),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('import_jobs_agency_idx').on(t.agencyId, t.startedAt),
    index('import_jobs_running_idx').on(t.leaseUntil).where(sql`status = 'running'`),
  ],
);

/**
 * Validate-then-commit: every record of an upload is parsed into here first, one row per batch
 * of records (values already checked row by row, or the refusal reason); only when the whole file
 * is valid CSV are the batches applied, each deleted in the transaction that applies it — so a
 * job resumed after a crash applies exactly the rest (docs/IMPORTS.md). One row per batch, not
 * per record: staging costs one insert per 1,000 records.
 */
export const importStagedBatches = pgTable(
  'import_staged_batches',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    /** [{ line, raw, values (parsed row or null), reason (refusal or null) }], in file order. */
    rows: jsonb('rows').$type<StagedRecord[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.seq] })],
);
/**
 * Record imports (issue 12.4): every data line of the upload, one row each, written with COPY
 * (PostgreSQL) or COPY FROM a blob (PGlite) while the file arrives. `reason` is the refusal found
 * reading the line alone (formats, dates, required cells) or null; `bhxh_code` and `c1`…`c13` are
 * the parsed values as text, in the kind's column order (import-templates.ts IMPORT_VALUE_KEYS),
 * cast to the target columns by the set-wise merge (import.repository.ts mergeRecords), which
 * also checks the people (unknown code, data scope) and deletes what it applied, in one
 * statement per range of lines. `id` is the row's id in its table once added (a re-run merge of
 * a resumed job reuses it). No foreign key to import_jobs: a check per COPY'd row would cost as
 * much as the row; finish() deletes a job's rows.
 */
export const importStagedRows = pgTable(
  'import_staged_rows',
  {
    jobId: uuid('job_id').notNull(),
    line: integer('line').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    raw: text('raw').notNull(),
    reason: text('reason'),
    bhxhCode: text('bhxh_code'),
    c1: text('c1'),
    c2: text('c2'),
    c3: text('c3'),
    c4: text('c4'),
    c5: text('c5'),
    c6: text('c6'),
    c7: text('c7'),
    c8: text('c8'),
    c9: text('c9'),
    c10: text('c10'),
    c11: text('c11'),
    c12: text('c12'),
    c13: text('c13'),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.line] })],
);

export type StagedRecord = {
  line: number;
  raw: string;
  values: Record<string, unknown> | null;
  reason: string | null;
};

/** The report: only rows that were not added (refused or skipped), with their line number. */
export const importReportLines = pgTable(
  'import_report_lines',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    line: integer('line').notNull(),
    status: text('status', { enum: ['skipped', 'refused'] }).notNull(),
    reason: text('reason').notNull(),
    raw: text('raw').notNull(),
  },
  (t) => [index('import_report_lines_job_idx').on(t.jobId, t.line)],
);
