import type { DirectoryKind, RecordImportKind } from '@vssid/contracts';
import {
  and,
  asc,
  eq,
  getTableColumns,
  getTableName,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { CopyRefused, type Database, type Db } from '../db/client.ts';
import {
  accounts,
  benefits,
  bhytCards,
  importJobs,
  importReportLines,
  importStagedBatches,
  importStagedRows,
  medicalVisits,
  participationPeriods,
} from '../db/schema/index.ts';
import type { StagedRecord } from '../db/schema/records.ts';
import { citizenInScopeSql } from '../policies/data-scope.policy.ts';
import type { DirectoryValues } from '../services/imports/directory-rows.ts';
import { IMPORT_VALUE_KEYS, STAGED_ROWS_TARGET } from '../services/imports/staged-rows.ts';
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

/**
 * The set-wise merge of a range of a record job's staged lines, as ONE statement (so one
 * transaction, and nothing at all when the lease is lost):
 * - own: the job, locked, only while `lease` owns it ($1 job, $2 owner);
 * - s: the staged lines in [$3, $4) with their verdict, in the order of the row-by-row checks it
 *   replaces — the reason found reading the line, else IMPORT_UNKNOWN_BHXH_CODE (no such person),
 *   else IMPORT_OUT_OF_SCOPE (data-scope.policy.ts citizenInScopeSql, $5 = agency's province);
 * - ins: the good lines into the kind's table in file order, ON CONFLICT DO NOTHING on its
 *   natural key (a row already stored, or an earlier line of the same file, is not doubled);
 * - rep: a report line for every line refused, and IMPORT_DUPLICATE (skipped) for every good
 *   line that ins did not insert;
 * - del: the range leaves the staging table (a resumed job merges exactly the rest);
 * - the job's counters advance; the statement returns them (no row = lease lost).
 */
function mergeSql(kind: RecordImportKind): string {
  const table = TABLES[kind];
  const columns = getTableColumns(table) as Record<string, { name: string; getSQLType(): string }>;
  const keys: readonly string[] = IMPORT_VALUE_KEYS[kind];
  const target = ['id', 'bhxh_code', ...keys.map((k) => columns[k]!.name)].join(', ');
  const values = [
    'id',
    'bhxh_code',
    ...keys.map((k, i) => `c${i + 1}::${columns[k]!.getSQLType()}`),
  ].join(', ');
  return `with own as (
  select id from import_jobs where id = $1 and lease_owner = $2 for update
), s as (
  select s.line, s.id, s.raw, s.bhxh_code, ${keys.map((_, i) => `s.c${i + 1}`).join(', ')},
    case
      when s.reason is not null then s.reason
      when p.bhxh_code is null then 'IMPORT_UNKNOWN_BHXH_CODE'
      when not ${citizenInScopeSql('p.province_code', '$5::text')} then 'IMPORT_OUT_OF_SCOPE'
    end as refusal
  from import_staged_rows s
  left join insured_persons p on p.bhxh_code = s.bhxh_code
  where s.job_id = $1 and s.line >= $3 and s.line < $4 and exists (select 1 from own)
), ins as (
  insert into ${getTableName(table)} (${target})
  select ${values} from s where refusal is null order by line
  on conflict do nothing
  returning id
), rep as (
  insert into import_report_lines (job_id, line, status, reason, raw)
  select $1, s.line, case when s.refusal is null then 'skipped' else 'refused' end,
    coalesce(s.refusal, 'IMPORT_DUPLICATE'), s.raw
  from s
  where s.refusal is not null or not exists (select 1 from ins where ins.id = s.id)
), del as (
  delete from import_staged_rows d
  where d.job_id = $1 and d.line >= $3 and d.line < $4 and exists (select 1 from own)
), c as (
  select (select count(*) from ins)::int as added,
    (count(*) filter (where refusal is null))::int as valid,
    (count(*) filter (where refusal is not null))::int as refused
  from s
)
update import_jobs j
set added = j.added + c.added, skipped = j.skipped + c.valid - c.added, refused = j.refused + c.refused
from c, own
where j.id = own.id
returning c.added, c.valid - c.added as skipped, c.refused`;
}
const MERGE_SQL = new Map<RecordImportKind, string>();

/** Import jobs, their staged rows and the batched, idempotent writes of imported rows. */
export function importRepository(database: Database) {
  const { db } = database;
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
        await tx.delete(importStagedRows).where(eq(importStagedRows.jobId, lease.jobId));
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
    /**
     * Record imports: `count` lines of the upload (COPY text, staged-rows.ts stagedLine) into
     * import_staged_rows with one COPY, and rows_read advanced, in one transaction under the lease.
     */
    async stageRows(lease: Lease, data: string, count: number): Promise<void> {
      try {
        await database.copyIn(STAGED_ROWS_TARGET, data, {
          text: 'update import_jobs set rows_read = rows_read + $3 where id = $1 and lease_owner = $2 returning id',
          values: [lease.jobId, lease.owner, count],
        });
      } catch (e) {
        throw e instanceof CopyRefused ? new LeaseLost() : e;
      }
    },
    /**
     * A record job staged by the version before import_staged_rows (JSON batches): its batches
     * moved to import_staged_rows, each in one transaction that deletes it, so the merge resumes it.
     */
    async restageBatches(lease: Lease, encode: (rows: StagedRecord[]) => string): Promise<void> {
      for (;;) {
        const b = await this.nextStaged(lease.jobId);
        if (!b) return;
        try {
          await database.copyIn(STAGED_ROWS_TARGET, encode(b.rows), {
            text: `with d as (delete from import_staged_batches where job_id = $1 and seq = $3)
              select id from import_jobs where id = $1 and lease_owner = $2`,
            values: [lease.jobId, lease.owner, b.seq],
          });
        } catch (e) {
          throw e instanceof CopyRefused ? new LeaseLost() : e;
        }
      }
    },
    /**
     * A record job's accounting: rows_read against what was merged (added, skipped, refused) and
     * what is still staged. They add up unless staged lines vanished — import_staged_rows is
     * UNLOGGED, and a PostgreSQL crash empties it (migration 0015).
     */
    async stagedAccounting(jobId: string): Promise<{ rowsRead: number; accounted: number }> {
      const r = await database.executeSql(
        `select j.rows_read as "rowsRead",
           j.added + j.skipped + j.refused
             + (select count(*) from import_staged_rows s where s.job_id = j.id)::int as accounted
         from import_jobs j where j.id = $1`,
        [jobId],
      );
      const row = r.rows[0] ?? { rowsRead: 0, accounted: 0 };
      return { rowsRead: Number(row.rowsRead), accounted: Number(row.accounted) };
    },
    /** The first staged line of a record job still to merge, or null when all were merged. */
    async firstStagedLine(jobId: string): Promise<number | null> {
      const r = await database.executeSql(
        'select min(line) as line from import_staged_rows where job_id = $1',
        [jobId],
      );
      return (r.rows[0]?.line as number | null | undefined) ?? null;
    },
    /**
     * The staged lines [from, to) of a record job, checked set-wise and merged in one statement
     * (mergeSql above); `agencyProvince` is the importing agency's (data scope).
     */
    async mergeRecords(
      lease: Lease,
      kind: RecordImportKind,
      agencyProvince: string | null,
      from: number,
      to: number,
    ): Promise<{ added: number; skipped: number; refused: number }> {
      const text = MERGE_SQL.get(kind) ?? mergeSql(kind);
      MERGE_SQL.set(kind, text);
      const r = await database.executeSql(text, [
        lease.jobId,
        lease.owner,
        from,
        to,
        agencyProvince,
      ]);
      const row = r.rows[0];
      if (!row) throw new LeaseLost();
      return row as { added: number; skipped: number; refused: number };
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
