import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { type ImportJob, type ImportKind, isDirectoryKind } from '@vssid/contracts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { type CsvColumn, csvFile } from '../../lib/csv.ts';
import type { UnitOfWork } from '../../lib/unit-of-work.ts';
import { directoryScope, type StaffScope } from '../../policies/data-scope.policy.ts';
import { presentJob } from '../../presenters/import-job.presenter.ts';
import type { DirectoryAdminRepository } from '../../repositories/directory-admin.repository.ts';
import type {
  ImportRepository,
  Lease,
  StagedRecord,
} from '../../repositories/import.repository.ts';
import type { AuditService } from '../audit.service.ts';
import { readCsv } from './csv-reader.ts';
import { parseDirectoryRow } from './directory-rows.ts';
import {
  applyStaged,
  DIRECTORY_IMPORT_BATCH,
  IMPORT_BATCH,
  StagedRowsLost,
} from './import-apply.ts';
import { fieldReader, RowRefusal } from './import-fields.ts';
import { IMPORT_COLUMNS, type ImportValues, parseImportRow } from './import-templates.ts';
import { stagedLine } from './staged-rows.ts';

export { IMPORT_BATCH };

type Officer = { accountId: string; role: string; agencyId: string };

/** A job's lease: renewed every LEASE_MS / 4 while its process lives; stale after LEASE_MS. */
export const IMPORT_LEASE_MS = 2 * 60_000;

/** Today in Vietnam (UTC+7): what "a month in the future" is measured against. */
const vnToday = (now: Date) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * The import report, in the app's one CSV convention (lib/csv.ts). "Trạng thái" and "Lý do" are
 * codes (refused/skipped, IMPORT_…) the back office words; "Dòng gốc" is the line as uploaded.
 */
const REPORT_COLUMNS: CsvColumn<{ line: number; status: string; reason: string; raw: string }>[] = [
  { title: 'Dòng', format: 'integer', value: (l) => l.line },
  { title: 'Trạng thái', format: 'text', value: (l) => l.status },
  { title: 'Lý do', format: 'text', value: (l) => l.reason },
  { title: 'Dòng gốc', format: 'text', value: (l) => l.raw },
];

/**
 * CSV imports, in the request, validate-then-commit (docs/IMPORTS.md):
 * 1. read: csv-parse streams the body; each record is checked on its own and staged — record
 *    kinds as one row per record of import_staged_rows, COPY'd batchSize records at a time
 *    (staged-rows.ts); directories as JSON batches of import_staged_batches — rows_read showing
 *    progress, memory flat. A file that is not valid CSV text fails here with its line, nothing
 *    applied.
 * 2. apply: the staged rows are checked against the database (people's provinces = data scope,
 *    places, stored keys) and written: records set-wise, one SQL statement per range of lines;
 *    directories batch by batch (import-apply.ts).
 * A heartbeat renews the job's lease; the sweep fails a job that died while reading (its upload
 * is gone) and resumes one that died while applying.
 */
export function importService(d: {
  repo: ImportRepository;
  directories: DirectoryAdminRepository;
  clock: Clock;
  audit: AuditService;
  uow: UnitOfWork;
  /**
   * Records per COPY and lines per merge statement (default IMPORT_BATCH; directories at most
   * DIRECTORY_IMPORT_BATCH per batch). PGlite has one connection: every other request waits for
   * the statement in flight, so it gets smaller ones.
   */
  batchSize?: number;
}) {
  const batchSize = d.batchSize ?? IMPORT_BATCH;
  const directoryBatch = Math.min(batchSize, DIRECTORY_IMPORT_BATCH);
  const leaseEnd = () => new Date(d.clock.now().getTime() + IMPORT_LEASE_MS);

  /** Renews the lease until stopped; stops by itself when another process took the job. */
  function heartbeat(lease: Lease) {
    const timer = setInterval(() => {
      d.repo
        .heartbeat(lease, leaseEnd())
        .then((mine) => mine || clearInterval(timer))
        .catch(() => {}); // a missed beat only shortens the lease; the next one renews it
    }, IMPORT_LEASE_MS / 4);
    timer.unref();
    return () => clearInterval(timer);
  }

  async function scopeOf(role: string, agencyId: string): Promise<StaffScope> {
    return { role, agencyId, agencyProvince: await d.directories.agencyProvince(agencyId) };
  }

  /** Step 1: the whole upload into the staging table; throws on a file that is not CSV. */
  async function stage(lease: Lease, kind: ImportKind, body: Readable): Promise<void> {
    const today = vnToday(d.clock.now());
    let header: string[] | null = null;
    // Directories: batches of parsed rows (JSON). Records: lines of COPY text, one COPY per
    // batch; the next batch is parsed while the previous one is written (one in flight).
    let batch: StagedRecord[] = [];
    let seq = 0;
    let copy = '';
    let copied = 0;
    let inFlight: Promise<void> = Promise.resolve();
    const flushCopy = async () => {
      await inFlight;
      const [data, count] = [copy, copied];
      [copy, copied] = ['', 0];
      inFlight = d.repo.stageRows(lease, data, count);
      inFlight.catch(() => {}); // awaited before the next batch, at the end, or on failure
      await yieldToRequests();
    };
    try {
      for await (const records of readCsv(body))
        for (const rec of records) {
          if (header === null) {
            header = rec.cells.map((h) => h.trim().toLowerCase());
            if (IMPORT_COLUMNS[kind].some((c, i) => header![i] !== c))
              throw new AppError('IMPORT_HEADER_INVALID', 422);
            continue;
          }
          if (isDirectoryKind(kind)) {
            const row: StagedRecord = { line: rec.line, raw: rec.raw, values: null, reason: null };
            const at = new Map(header.map((h, i) => [h, i]));
            const parsed = parseDirectoryRow(kind, (c) => rec.cells[at.get(c) ?? -1] ?? '');
            if (parsed.row) row.values = parsed.row;
            else row.reason = parsed.issues[0]!.reason;
            batch.push(row);
            if (batch.length >= directoryBatch) {
              await d.repo.stage(lease, { seq: seq++, rows: batch });
              batch = [];
              await yieldToRequests();
            }
            continue;
          }
          let values: ImportValues | null = null;
          let reason: string | null = null;
          try {
            values = parseImportRow(kind, fieldReader(header, rec.cells, today));
          } catch (e) {
            if (!(e instanceof RowRefusal)) throw e;
            reason = e.reason;
          }
          copy += stagedLine(kind, lease.jobId, { line: rec.line, raw: rec.raw, values, reason });
          if (++copied >= batchSize) await flushCopy();
        }
      if (header === null) throw new AppError('IMPORT_FILE_REQUIRED', 400);
      if (isDirectoryKind(kind)) await d.repo.stage(lease, { seq, rows: batch });
      else if (copied > 0) await flushCopy();
      await inFlight;
    } finally {
      // On failure: nothing may still be writing when the job is failed and its rows deleted.
      await inFlight.catch(() => {});
    }
  }

  /** Step 2 for a job whose file was staged whole; marks it done. */
  async function apply(lease: Lease, kind: ImportKind, scope: StaffScope): Promise<void> {
    const province = isDirectoryKind(kind) ? directoryScope(scope) : null;
    await applyStaged(d, lease, kind, scope, province, batchSize);
    await d.repo.finish(lease, { status: 'done', finishedAt: d.clock.now() });
  }

  return {
    async run(
      o: Officer,
      kind: ImportKind,
      body: Readable,
      jobId: string = randomUUID(),
    ): Promise<ImportJob> {
      const scope = await scopeOf(o.role, o.agencyId);
      const lease: Lease = { jobId, owner: randomUUID() };
      try {
        // Directories: supervisors (their province) and administrators (nationwide) only.
        if (isDirectoryKind(kind)) directoryScope(scope);
        // The job and its audit row commit together.
        await d.uow.run(async () => {
          const created = await d.repo.create({
            id: jobId,
            kind,
            officerAccountId: o.accountId,
            agencyId: o.agencyId,
            status: 'running',
            stage: 'reading',
            leaseOwner: lease.owner,
            leaseUntil: leaseEnd(),
            startedAt: d.clock.now(),
          });
          if (!created) throw new AppError('IMPORT_ID_TAKEN', 409);
          await d.audit.record(o, {
            action: isDirectoryKind(kind) ? 'directories.import' : 'records.import',
            subjectType: 'import_job',
            subjectId: jobId,
            detail: { kind },
          });
        });
      } catch (e) {
        body.resume(); // let the upload drain so the answer reaches the client
        throw e;
      }
      const stop = heartbeat(lease);
      try {
        try {
          await stage(lease, kind, body);
        } catch (e) {
          body.resume();
          await d.repo.finish(lease, {
            status: 'failed',
            errorCode: e instanceof AppError ? e.code : 'IMPORT_FAILED',
            errorLine: e instanceof AppError ? (e.details?.line ?? null) : null,
            finishedAt: d.clock.now(),
          });
          throw e;
        }
        await d.repo.startApplying(lease);
        // From here a failure leaves the job running with its staged rows: once the lease
        // runs out, the sweep resumes it (the rows are valid; only the database was in the way).
        await apply(lease, kind, scope);
      } finally {
        stop();
      }
      return presentJob((await d.repo.find(jobId, o.agencyId))!);
    },

    /**
     * Jobs whose process died (lease expired): one still reading its upload is failed
     * (IMPORT_FAILED; nothing of it was applied), one applying is taken over and finished from
     * its staged rows. Runs at start and every minute (runtime.ts); several instances may run
     * it — the conditional claim lets one win. Resolves when the resumed jobs are done.
     */
    async sweep(): Promise<{ failed: number; resumed: number }> {
      let failed = 0;
      let resumed = 0;
      for (const job of await d.repo.stale(d.clock.now())) {
        const lease: Lease = { jobId: job.id, owner: randomUUID() };
        if (!(await d.repo.claim(lease, d.clock.now(), leaseEnd()))) continue;
        const kind = job.kind as ImportKind;
        const fail = (errorCode: string) =>
          d.repo.finish(lease, { status: 'failed', errorCode, finishedAt: d.clock.now() });
        if (job.stage === 'reading') {
          await fail('IMPORT_FAILED');
          failed++;
          continue;
        }
        const stop = heartbeat(lease);
        try {
          await apply(lease, kind, await scopeOf(job.role ?? '', job.agencyId));
          resumed++;
        } catch (e) {
          // The officer lost the role meanwhile: nothing more is written in their name.
          if (!(e instanceof AppError)) throw e;
          // Staged lines lost in a database crash: the job was failed already (IMPORT_FAILED).
          if (!(e instanceof StagedRowsLost)) await fail(e.code);
          failed++;
        } finally {
          stop();
        }
      }
      return { failed, resumed };
    },

    async get(o: Officer, id: string): Promise<ImportJob> {
      const j = await d.repo.find(id, o.agencyId);
      if (!j) throw new AppError('IMPORT_NOT_FOUND', 404);
      return presentJob(j);
    },
    /** The downloadable report: every line not added, with its reason and the raw row. */
    async report(o: Officer, id: string): Promise<string> {
      await this.get(o, id);
      const lines = await d.repo.reportLines(id);
      return csvFile(REPORT_COLUMNS, lines);
    },
  };
}
export type ImportService = ReturnType<typeof importService>;
