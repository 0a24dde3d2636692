import type { DirectoryKind, RecordImportKind } from '@vssid/contracts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  benefits,
  bhytCards,
  importJobs,
  importReportLines,
  insuredPersons,
  medicalVisits,
  participationPeriods,
} from '../db/schema/index.ts';
import type { DirectoryValues } from '../services/imports/directory-rows.ts';
import type { ImportValues } from '../services/imports/import-templates.ts';
import { directoryAdminRepository } from './directory-admin.repository.ts';

export type ImportJobRow = typeof importJobs.$inferSelect;
export type ReportLine = typeof importReportLines.$inferInsert;

const TABLES = {
  participation: participationPeriods,
  benefits,
  'medical-visits': medicalVisits,
  'bhyt-cards': bhytCards,
} as const;

/** Import jobs and the batched, idempotent writes of imported rows. */
export function importRepository(db: Db) {
  const directories = directoryAdminRepository(db);
  return {
    async create(row: typeof importJobs.$inferInsert): Promise<void> {
      await db.insert(importJobs).values(row);
    },
    async find(id: string, agencyId: string): Promise<ImportJobRow | undefined> {
      const [j] = await db
        .select()
        .from(importJobs)
        .where(and(eq(importJobs.id, id), eq(importJobs.agencyId, agencyId)));
      return j;
    },
    async finish(id: string, set: Partial<typeof importJobs.$inferInsert>): Promise<void> {
      await db.update(importJobs).set(set).where(eq(importJobs.id, id));
    },
    async reportLines(jobId: string) {
      return db
        .select()
        .from(importReportLines)
        .where(eq(importReportLines.jobId, jobId))
        .orderBy(asc(importReportLines.line));
    },
    /** Which of these codes exist (one indexed query per batch). */
    async knownCodes(codes: string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const rows = await db
        .select({ c: insuredPersons.bhxhCode })
        .from(insuredPersons)
        .where(inArray(insuredPersons.bhxhCode, codes));
      return new Set(rows.map((r) => r.c));
    },
    /**
     * One batch in one transaction: insert the good rows (ON CONFLICT DO NOTHING on the kind's
     * natural key, so a row already stored is skipped, not doubled), write the report lines of
     * rows not added, and advance the job's counters. Returns the ids actually inserted.
     */
    async applyBatch(
      jobId: string,
      kind: RecordImportKind,
      rows: { id: string; line: number; raw: string; values: ImportValues }[],
      refusals: ReportLine[],
      counts: { rowsRead: number; refused: number },
    ): Promise<Set<string>> {
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
        await tx
          .update(importJobs)
          .set({
            rowsRead: sql`${importJobs.rowsRead} + ${counts.rowsRead}`,
            added: sql`${importJobs.added} + ${added.size}`,
            skipped: sql`${importJobs.skipped} + ${skipped}`,
            refused: sql`${importJobs.refused} + ${counts.refused}`,
          })
          .where(eq(importJobs.id, jobId));
        return added;
      });
    },
    /**
     * One batch of a directory import in one transaction: upsert the rows to add or update (by
     * natural key), write the report lines (refused and skipped) and advance the counters.
     */
    async applyDirectoryBatch(
      jobId: string,
      kind: DirectoryKind,
      rows: DirectoryValues[],
      report: ReportLine[],
      counts: {
        rowsRead: number;
        added: number;
        updated: number;
        skipped: number;
        refused: number;
      },
    ): Promise<void> {
      await db.transaction(async (tx) => {
        await directories.upsert(tx, kind, rows);
        if (report.length > 0) await tx.insert(importReportLines).values(report);
        await tx
          .update(importJobs)
          .set({
            rowsRead: sql`${importJobs.rowsRead} + ${counts.rowsRead}`,
            added: sql`${importJobs.added} + ${counts.added}`,
            updated: sql`${importJobs.updated} + ${counts.updated}`,
            skipped: sql`${importJobs.skipped} + ${counts.skipped}`,
            refused: sql`${importJobs.refused} + ${counts.refused}`,
          })
          .where(eq(importJobs.id, jobId));
      });
    },
  };
}
export type ImportRepository = ReturnType<typeof importRepository>;
