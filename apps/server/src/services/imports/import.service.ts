import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  type DirectoryKind,
  type ImportJob,
  type ImportKind,
  isDirectoryKind,
  type RecordImportKind,
} from '@vssid/contracts';
import { parse } from 'csv-parse';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { directoryScope } from '../../policies/directories.policy.ts';
import { presentJob } from '../../presenters/import-job.presenter.ts';
import type { DirectoryAdminRepository } from '../../repositories/directory-admin.repository.ts';
import type { ImportRepository, ReportLine } from '../../repositories/import.repository.ts';
import type { AuditService } from '../audit.service.ts';
import {
  checkDirectoryReferences,
  type DirectoryValues,
  directoryRecord,
  type ParsedDirectoryRow,
  parseDirectoryRow,
  sameAsStored,
} from './directory-rows.ts';
import { fieldReader, RowRefusal } from './import-fields.ts';
import { IMPORT_COLUMNS, type ImportValues, parseImportRow } from './import-templates.ts';

type Officer = { accountId: string; role: string; agencyId: string };
type Pending = { id: string; line: number; raw: string; values: ImportValues };
type DirectoryPending = { line: number; raw: string; row: ParsedDirectoryRow };

/** Rows per transaction: large enough to amortise round trips, small enough for a live bar. */
export const IMPORT_BATCH = 1000;

/** Today in Vietnam (UTC+7): what "a month in the future" is measured against. */
const vnToday = (now: Date) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * CSV imports, streamed in the request: csv-parse reads the body as it arrives, rows are
 * validated and written in batches of IMPORT_BATCH, each batch in one transaction that also
 * advances the job's counters — so memory stays flat whatever the file size, and the web polls
 * GET /imports/:id for progress. (In-request rather than pg-boss: a queued job would first have
 * to store the whole upload somewhere; here nothing is kept but the current batch.)
 */
export function importService(d: {
  repo: ImportRepository;
  directories: DirectoryAdminRepository;
  clock: Clock;
  audit: AuditService;
}) {
  async function flush(
    jobId: string,
    kind: RecordImportKind,
    batch: Pending[],
    refusals: ReportLine[],
    read: number,
  ) {
    const known = await d.repo.knownCodes([...new Set(batch.map((r) => r.values.bhxhCode))]);
    const good: Pending[] = [];
    for (const r of batch) {
      if (known.has(r.values.bhxhCode)) good.push(r);
      else
        refusals.push({
          jobId,
          line: r.line,
          status: 'refused',
          reason: 'IMPORT_UNKNOWN_BHXH_CODE',
          raw: r.raw,
        });
    }
    await d.repo.applyBatch(jobId, kind, good, refusals, {
      rowsRead: read,
      refused: refusals.length,
    });
  }

  /**
   * A batch of directory rows: places and agencies looked up once for the batch, the rows
   * already stored under the same keys read once, then new → added, identical → skipped
   * (IMPORT_DUPLICATE), different → updated (demo becomes false), in one transaction.
   */
  async function flushDirectory(
    jobId: string,
    kind: DirectoryKind,
    scope: string | null,
    batch: DirectoryPending[],
    refusals: ReportLine[],
    read: number,
  ) {
    const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
    const [refs, stored] = await Promise.all([
      d.directories.refs({
        provinceCodes: uniq(batch.map((r) => r.row.provinceCode)),
        communeCodes: uniq(batch.map((r) => r.row.communeCode)),
        agencyCodes: uniq(batch.map((r) => r.row.agencyCode)),
      }),
      d.directories.byKeys(kind, uniq(batch.map((r) => r.row.key))),
    ]);
    const now = d.clock.now();
    const writes = new Map<string, { row: ParsedDirectoryRow; values: DirectoryValues }>();
    const skipped: ReportLine[] = [];
    let added = 0;
    let updated = 0;
    for (const r of batch) {
      const before = stored.get(r.row.key);
      const [issue] = checkDirectoryReferences(r.row, refs, scope, before?.provinceCode ?? null);
      if (issue) {
        refusals.push({ jobId, line: r.line, status: 'refused', reason: issue.reason, raw: r.raw });
        continue;
      }
      const earlier = writes.get(r.row.key);
      const same = earlier
        ? sameAsStored(kind, r.row, { ...earlier.row.values, demo: false })
        : before !== undefined && sameAsStored(kind, r.row, before);
      if (same) {
        skipped.push({
          jobId,
          line: r.line,
          status: 'skipped',
          reason: 'IMPORT_DUPLICATE',
          raw: r.raw,
        });
        continue;
      }
      if (earlier || before) updated++;
      else added++;
      writes.set(r.row.key, { row: r.row, values: directoryRecord(kind, r.row, refs, now) });
    }
    await d.repo.applyDirectoryBatch(
      jobId,
      kind,
      [...writes.values()].map((w) => w.values),
      [...refusals, ...skipped],
      { rowsRead: read, added, updated, skipped: skipped.length, refused: refusals.length },
    );
  }

  return {
    async run(
      o: Officer,
      kind: ImportKind,
      body: Readable,
      jobId: string = randomUUID(),
    ): Promise<ImportJob> {
      const today = vnToday(d.clock.now());
      // Directories: supervisors (their province) and administrators (nationwide) only.
      const scope = isDirectoryKind(kind)
        ? directoryScope(o.role, await d.directories.agencyProvince(o.agencyId))
        : null;
      await d.repo.create({
        id: jobId,
        kind,
        officerAccountId: o.accountId,
        agencyId: o.agencyId,
        status: 'running',
        startedAt: d.clock.now(),
      });
      await d.audit.record(o, {
        action: isDirectoryKind(kind) ? 'directories.import' : 'records.import',
        subjectType: 'import_job',
        subjectId: jobId,
        detail: { kind },
      });
      const parser = body.pipe(
        parse({
          bom: true,
          raw: true,
          info: true,
          relax_column_count: true,
          skip_empty_lines: true,
        }),
      );
      let header: string[] | null = null;
      let batch: Pending[] = [];
      let dirBatch: DirectoryPending[] = [];
      const flushAny = async () => {
        if (isDirectoryKind(kind))
          await flushDirectory(jobId, kind, scope, dirBatch, refusals, read);
        else await flush(jobId, kind, batch, refusals, read);
        batch = [];
        dirBatch = [];
        refusals = [];
        read = 0;
      };
      let refusals: ReportLine[] = [];
      let read = 0;
      try {
        for await (const rec of parser as AsyncIterable<{
          record: string[];
          raw: string;
          info: { lines: number };
        }>) {
          if (header === null) {
            header = rec.record.map((h) => h.trim().toLowerCase());
            if (IMPORT_COLUMNS[kind].some((c, i) => header![i] !== c))
              throw new AppError('IMPORT_HEADER_INVALID', 422);
            continue;
          }
          read++;
          const line = rec.info.lines;
          const raw = rec.raw.replace(/\r?\n$/, '');
          if (isDirectoryKind(kind)) {
            const at = new Map(header.map((h, i) => [h, i]));
            const parsed = parseDirectoryRow(kind, (c) => rec.record[at.get(c) ?? -1] ?? '');
            if (parsed.row) dirBatch.push({ line, raw, row: parsed.row });
            else
              refusals.push({
                jobId,
                line,
                status: 'refused',
                reason: parsed.issues[0]!.reason,
                raw,
              });
          } else {
            try {
              const values = parseImportRow(kind, fieldReader(header, rec.record, today));
              batch.push({ id: randomUUID(), line, raw, values });
            } catch (e) {
              if (!(e instanceof RowRefusal)) throw e;
              refusals.push({ jobId, line, status: 'refused', reason: e.reason, raw });
            }
          }
          if (batch.length + dirBatch.length + refusals.length >= IMPORT_BATCH) await flushAny();
        }
        if (header === null) throw new AppError('IMPORT_FILE_REQUIRED', 400);
        await flushAny();
        await d.repo.finish(jobId, { status: 'done', finishedAt: d.clock.now() });
      } catch (e) {
        const code = e instanceof AppError ? e.code : 'IMPORT_FAILED';
        await d.repo.finish(jobId, {
          status: 'failed',
          errorCode: code,
          finishedAt: d.clock.now(),
        });
        body.resume();
        throw e;
      }
      return presentJob((await d.repo.find(jobId, o.agencyId))!);
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
      const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
      const body = lines.map((l) => `${l.line},${l.status},${l.reason},${q(l.raw)}`);
      return `\uFEFF${['line,status,reason,raw', ...body].join('\r\n')}\r\n`;
    },
  };
}
export type ImportService = ReturnType<typeof importService>;
