import { setImmediate as yieldToRequests } from 'node:timers/promises';
import {
  type DirectoryKind,
  type ImportKind,
  isDirectoryKind,
  type RecordImportKind,
} from '@vssid/contracts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { StaffScope } from '../../policies/data-scope.policy.ts';
import type { DirectoryAdminRepository } from '../../repositories/directory-admin.repository.ts';
import type {
  ImportRepository,
  Lease,
  ReportLine,
  StagedRecord,
} from '../../repositories/import.repository.ts';
import {
  checkDirectoryReferences,
  type DirectoryValues,
  directoryRecord,
  type ParsedDirectoryRow,
  sameAsStored,
} from './directory-rows.ts';
import { stagedLine } from './staged-rows.ts';

/**
 * Record lines per COPY while reading and per merge statement while applying (directories: rows
 * per staged batch and transaction): large enough to amortise round trips, small enough for a
 * live progress bar.
 */
export const IMPORT_BATCH = 10_000;
/** Directory rows per staged batch and transaction (each batch looks its references up in JS). */
export const DIRECTORY_IMPORT_BATCH = 1000;

/**
 * Staged lines of a record job are gone (a PostgreSQL crash empties the UNLOGGED staging table):
 * the job cannot be finished from them. Thrown after the job was marked failed (IMPORT_FAILED).
 */
export class StagedRowsLost extends AppError {
  constructor() {
    super('IMPORT_FAILED', 500);
  }
}

type Staged = StagedRecord;
type StagedRecordOf = Parameters<typeof stagedLine>[2];
type Deps = { repo: ImportRepository; directories: DirectoryAdminRepository; clock: Clock };

const refusal = (lease: Lease, r: Staged, reason: string): ReportLine => ({
  jobId: lease.jobId,
  line: r.line,
  status: 'refused',
  reason,
  raw: r.raw,
});

/**
 * A record job's staged lines, merged set-wise (import.repository.ts mergeRecords) `lines` lines
 * per statement: the people's existence and province (data scope) checked in SQL for the whole
 * range, the good rows inserted, the report written and the range unstaged together. A job staged
 * by the previous version (JSON batches) is first moved to the per-line table.
 */
async function applyRecords(
  d: Deps,
  lease: Lease,
  kind: RecordImportKind,
  scope: StaffScope,
  lines: number,
) {
  await d.repo.restageBatches(lease, (rows) =>
    rows.map((r) => stagedLine(kind, lease.jobId, r as StagedRecordOf)).join(''),
  );
  // Before (a resumed job) and after: every line read is merged or still staged, else lines
  // vanished with a PostgreSQL crash (UNLOGGED staging) and the job fails instead of finishing.
  await checkAccounting(d, lease);
  for (;;) {
    const from = await d.repo.firstStagedLine(lease.jobId);
    if (from === null) break;
    await d.repo.mergeRecords(lease, kind, scope.agencyProvince, from, from + lines);
    await yieldToRequests();
  }
  await checkAccounting(d, lease);
}

async function checkAccounting(d: Deps, lease: Lease) {
  const { rowsRead, accounted } = await d.repo.stagedAccounting(lease.jobId);
  if (accounted === rowsRead) return;
  await d.repo.finish(lease, {
    status: 'failed',
    errorCode: 'IMPORT_FAILED',
    finishedAt: d.clock.now(),
  });
  throw new StagedRowsLost();
}

/**
 * A batch of directory rows: places and agencies looked up once for the batch, the rows
 * already stored under the same keys read once, then new → added, identical → skipped
 * (IMPORT_DUPLICATE), different → updated (demo becomes false); outside the caller's directory
 * scope (`province`, null = nationwide) → IMPORT_OUT_OF_SCOPE. One transaction.
 */
async function applyDirectory(
  d: Deps,
  lease: Lease,
  kind: DirectoryKind,
  province: string | null,
  batch: Staged[],
  seq: number,
) {
  const refusals: ReportLine[] = [];
  const rows: (Staged & { row: ParsedDirectoryRow })[] = [];
  for (const r of batch)
    if (r.values === null) refusals.push(refusal(lease, r, r.reason ?? 'IMPORT_FIELD_INVALID'));
    else rows.push({ ...r, row: r.values as ParsedDirectoryRow });
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const [refs, stored] = await Promise.all([
    d.directories.refs({
      provinceCodes: uniq(rows.map((r) => r.row.provinceCode)),
      communeCodes: uniq(rows.map((r) => r.row.communeCode)),
      agencyCodes: uniq(rows.map((r) => r.row.agencyCode)),
    }),
    d.directories.byKeys(kind, uniq(rows.map((r) => r.row.key))),
  ]);
  const now = d.clock.now();
  const writes = new Map<string, { row: ParsedDirectoryRow; values: DirectoryValues }>();
  const skipped: ReportLine[] = [];
  let added = 0;
  let updated = 0;
  for (const r of rows) {
    const before = stored.get(r.row.key);
    const [issue] = checkDirectoryReferences(r.row, refs, province, before?.provinceCode ?? null);
    if (issue) {
      refusals.push(refusal(lease, r, issue.reason));
      continue;
    }
    const earlier = writes.get(r.row.key);
    const same = earlier
      ? sameAsStored(kind, r.row, { ...earlier.row.values, demo: false })
      : before !== undefined && sameAsStored(kind, r.row, before);
    if (same) {
      skipped.push({ ...refusal(lease, r, 'IMPORT_DUPLICATE'), status: 'skipped' });
      continue;
    }
    if (earlier || before) updated++;
    else added++;
    writes.set(r.row.key, { row: r.row, values: directoryRecord(kind, r.row, refs, now) });
  }
  await d.repo.applyDirectoryBatch(
    lease,
    kind,
    [...writes.values()].map((w) => w.values),
    [...refusals, ...skipped],
    { added, updated, skipped: skipped.length, refused: refusals.length },
    seq,
  );
}

/**
 * The commit half of validate-then-commit: applies a job's staged rows batch by batch, each
 * batch one short transaction that also deletes it from the staging table (so a resumed job
 * applies exactly the rest), yielding to other requests between batches — PGlite has one
 * connection, and a 100,000-row import must not stall everyone.
 */
export async function applyStaged(
  d: Deps,
  lease: Lease,
  kind: ImportKind,
  scope: StaffScope,
  directoryProvince: string | null,
  lines: number,
): Promise<void> {
  if (!isDirectoryKind(kind)) return applyRecords(d, lease, kind, scope, lines);
  for (;;) {
    const staged = await d.repo.nextStaged(lease.jobId);
    if (!staged) return;
    const { seq, rows: batch } = staged;
    await applyDirectory(d, lease, kind, directoryProvince, batch, seq);
    await yieldToRequests();
  }
}
