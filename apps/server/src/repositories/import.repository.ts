import type { DirectoryKind, RecordImportKind } from '@vssid/contracts';
import { and, asc, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  accounts,
  benefits,
  bhytCards,
  importJobs,
  importReportLines,
  importStagedBatches,
  insuredPersons,
  medicalVisits,
  participationPeriods,
} from '../db/schema/index.ts';
import type { StagedRecord } from '../db/schema/records.ts';
import type { DirectoryValues } from '../services/imports/directory-rows.ts';
import type { ImportValues } from '../services/imports/import-templates.ts';
import { directoryAdminRepository } from './directory-admin.repository.ts';

export type ImportJobRow = typeof importJobs.$inferSelect;
export type ReportLine = typeof importReportLines.$inferInsert;
export type { StagedRecord } from '../db/schema/records.ts';
export type StagedBatch = { seq: number; rows: StagedRecord[] };
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** The lease a batch is written under: refused (rolled back) once another process took the job. */
export type Lease = { jobId: string; owner: string };

class LeaseLost extends Error {
  constructor() {
    super('import lease lost');
  }
}

const TABLES = {
  participation: participationPeriods,
  benefits,
  'medical-visits': medicalVisits,
  'bhyt-cards': bhytCards,
} as const;

/**
 * Updates the job only while `lease` still owns it; otherwise throws, rolling the caller's
 * transaction back (a process that lost its lease — paused past it, then taken over by the
 * sweep — must not apply a batch twice).
 */
type JobSet = {
  [K in keyof typeof importJobs.$inferInsert]?: (typeof importJobs.$inferInsert)[K] | SQL;
};
async function owned(tx: Tx, lease: Lease, set: JobSet) {
  const r = await tx
    .update(importJobs)
    .set(set)
    .where(and(eq(importJobs.id, lease.jobId), eq(importJobs.leaseOwner, lease.owner)))
    .returning({ id: importJobs.id });
  if (r.length === 0) throw new LeaseLost();
}
const unstage = (tx: Tx, jobId: string, seq: number) =>
  tx
    .delete(importStagedBatches)
    .where(and(eq(importStagedBatches.jobId, jobId), eq(importStagedBatches.seq, seq)));

/** Import jobs, their staged rows and the batched, idempotent writes of imported rows. */
export function importRepository(db: Db) {
  const directories = directoryAdminRepository(db);
  return {
    /** False when the id is already taken (a reused x-import-id). */
    async create(row: typeof importJobs.$inferInsert): Promise<boolean> {
      const r = await db
        .insert(importJobs)
        .values(row)
        .onConflictDoNothing()
        .returning({ id: importJobs.id });
      return r.length > 0;
    },
    async find(id: string, agencyId: string): Promise<ImportJobRow | undefined> {
      const [j] = await db
        .select()
        .from(importJobs)
        .where(and(eq(importJobs.id, id), eq(importJobs.agencyId, agencyId)));
      return j;
    },
    /** The job's end (done or failed) under its lease; the staged rows left are dropped. */
    async finish(lease: Lease, set: Partial<typeof importJobs.$inferInsert>): Promise<void> {
      await db.transaction(async (tx) => {
        await owned(tx, lease, { ...set, leaseOwner: null, leaseUntil: null });
        await tx.delete(importStagedBatches).where(eq(importStagedBatches.jobId, lease.jobId));
      });
    },
    /** Renews the lease; false when another process has taken the job over. */
    async heartbeat(lease: Lease, until: Date): Promise<boolean> {
      const r = await db
        .update(importJobs)
        .set({ leaseUntil: until })
        .where(and(eq(importJobs.id, lease.jobId), eq(importJobs.leaseOwner, lease.owner)))
        .returning({ id: importJobs.id });
      return r.length > 0;
    },
    /** Running jobs whose lease ran out (their process died): the sweep's work. */
    async stale(now: Date) {
      return db
        .select({
          id: importJobs.id,
          kind: importJobs.kind,
          stage: importJobs.stage,
          agencyId: importJobs.agencyId,
          role: accounts.role,
        })
        .from(importJobs)
        .leftJoin(accounts, eq(accounts.id, importJobs.officerAccountId))
        .where(
          and(
            eq(importJobs.status, 'running'),
            or(isNull(importJobs.leaseUntil), lt(importJobs.leaseUntil, now)),
          ),
        );
    },
    /** Takes a stale job over (one process wins): true when this lease now owns it. */
    async claim(lease: Lease, now: Date, until: Date): Promise<boolean> {
      const r = await db
        .update(importJobs)
        .set({ leaseOwner: lease.owner, leaseUntil: until })
        .where(
          and(
            eq(importJobs.id, lease.jobId),
            eq(importJobs.status, 'running'),
            or(isNull(importJobs.leaseUntil), lt(importJobs.leaseUntil, now)),
          ),
        )
        .returning({ id: importJobs.id });
      return r.length > 0;
    },
    /** One batch of parsed records into the staging table; rows_read advances with it. */
    async stage(lease: Lease, batch: StagedBatch): Promise<void> {
      await db.transaction(async (tx) => {
        if (batch.rows.length > 0)
          await tx.insert(importStagedBatches).values({ jobId: lease.jobId, ...batch });
        await owned(tx, lease, { rowsRead: sql`${importJobs.rowsRead} + ${batch.rows.length}` });
      });
    },
    /** The whole file was read: from now on a crash resumes instead of failing. */
    async startApplying(lease: Lease): Promise<void> {
      await db.transaction((tx) => owned(tx, lease, { stage: 'applying' }));
    },
    /** The next staged batch of a job (file order), or undefined when all were applied. */
    async nextStaged(jobId: string): Promise<StagedBatch | undefined> {
      const [b] = await db
        .select({ seq: importStagedBatches.seq, rows: importStagedBatches.rows })
        .from(importStagedBatches)
        .where(eq(importStagedBatches.jobId, jobId))
        .orderBy(asc(importStagedBatches.seq))
        .limit(1);
      return b;
    },
    async reportLines(jobId: string) {
      return db
        .select()
        .from(importReportLines)
        .where(eq(importReportLines.jobId, jobId))
        .orderBy(asc(importReportLines.line));
    },
    /**
     * The province of each of these people, for the data-scope check (one indexed query per
     * batch); a code missing from the map is unknown.
     */
    async personProvinces(codes: string[]): Promise<Map<string, string | null>> {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select({ c: insuredPersons.bhxhCode, p: insuredPersons.provinceCode })
        .from(insuredPersons)
        .where(inArray(insuredPersons.bhxhCode, codes));
      return new Map(rows.map((r) => [r.c, r.p]));
    },
    /**
     * One batch in one transaction: insert the good rows (ON CONFLICT DO NOTHING on the kind's
     * natural key, so a row already stored is skipped, not doubled), write the report lines of
     * rows not added, and advance the job's counters. Returns the ids actually inserted.
     */
    async applyBatch(
      lease: Lease,
      kind: RecordImportKind,
      rows: { id: string; line: number; raw: string; values: ImportValues }[],
      refusals: ReportLine[],
      seq: number,
    ): Promise<Set<string>> {
      const { jobId } = lease;
      return db.transaction(async (tx) => {
        const inserted =
          rows.length === 0
            ? []
            : await tx
                .insert(TABLES[kind])
                // biome-ignore lint/suspicious/noExplicitAny: one code path for four tables; rows were validated per kind.
                .values(rows.map((r) => ({ ...r.values, id: r.id })) as any)
                .onConflictDoNothing()
                .returning({ id: TABLES[kind].id });
        const added = new Set(inserted.map((r) => r.id));
        const skippedLines: ReportLine[] = rows
          .filter((r) => !added.has(r.id))
          .map((r) => ({
            jobId,
            line: r.line,
            status: 'skipped',
            reason: 'IMPORT_DUPLICATE',
            raw: r.raw,
          }));
        const skipped = skippedLines.length;
        const report = [...refusals, ...skippedLines];
        if (report.length > 0) await tx.insert(importReportLines).values(report);
        await owned(tx, lease, {
          added: sql`${importJobs.added} + ${added.size}`,
          skipped: sql`${importJobs.skipped} + ${skipped}`,
          refused: sql`${importJobs.refused} + ${refusals.length}`,
        });
        await unstage(tx, jobId, seq);
        return added;
      });
    },
    /**
     * One batch of a directory import in one transaction: upsert the rows to add or update (by
     * natural key), write the report lines (refused and skipped) and advance the counters.
     */
    async applyDirectoryBatch(
      lease: Lease,
      kind: DirectoryKind,
      rows: DirectoryValues[],
      report: ReportLine[],
      counts: { added: number; updated: number; skipped: number; refused: number },
      seq: number,
    ): Promise<void> {
      await db.transaction(async (tx) => {
        await directories.upsert(tx, kind, rows);
        if (report.length > 0) await tx.insert(importReportLines).values(report);
        await owned(tx, lease, {
          added: sql`${importJobs.added} + ${counts.added}`,
          updated: sql`${importJobs.updated} + ${counts.updated}`,
          skipped: sql`${importJobs.skipped} + ${counts.skipped}`,
          refused: sql`${importJobs.refused} + ${counts.refused}`,
        });
        await unstage(tx, lease.jobId, seq);
      });
    },
  };
}
export type ImportRepository = ReturnType<typeof importRepository>;
