import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { type DirectoryKind, type ImportKind, isDirectoryKind } from '@vssid/contracts';
import type { Clock } from '../../lib/clock.ts';
import { mayAccessCitizen, type StaffScope } from '../../policies/data-scope.policy.ts';
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
import type { ImportValues } from './import-templates.ts';

/** Rows per transaction: large enough to amortise round trips, small enough for a live bar. */
export const IMPORT_BATCH = 1000;

type Staged = StagedRecord;
type Deps = { repo: ImportRepository; directories: DirectoryAdminRepository; clock: Clock };

const refusal = (lease: Lease, r: Staged, reason: string): ReportLine => ({
  jobId: lease.jobId,
  line: r.line,
  status: 'refused',
  reason,
  raw: r.raw,
});

/**
 * A batch of record rows: the people's provinces resolved in one query, each row written only
 * when its person is in the caller's data scope (the same rule as reading them); unknown codes
 * and other provinces' people are refused with their line.
 */
async function applyRecords(
  d: Deps,
  lease: Lease,
  kind: ImportKind,
  scope: StaffScope,
  batch: Staged[],
  seq: number,
) {
  if (isDirectoryKind(kind)) return;
  const pending = batch.filter((r) => r.values !== null) as (Staged & { values: ImportValues })[];
  const provinces = await d.repo.personProvinces([
    ...new Set(pending.map((r) => r.values.bhxhCode)),
  ]);
  const refusals: ReportLine[] = [];
  const good: { id: string; line: number; raw: string; values: ImportValues }[] = [];
  for (const r of batch) {
    if (r.values === null) {
      refusals.push(refusal(lease, r, r.reason ?? 'IMPORT_FIELD_INVALID'));
      continue;
    }
    const values = r.values as ImportValues;
    const province = provinces.get(values.bhxhCode);
    if (province === undefined) refusals.push(refusal(lease, r, 'IMPORT_UNKNOWN_BHXH_CODE'));
    else if (!mayAccessCitizen(scope, province))
      refusals.push(refusal(lease, r, 'IMPORT_OUT_OF_SCOPE'));
    else good.push({ id: randomUUID(), line: r.line, raw: r.raw, values });
  }
  await d.repo.applyBatch(lease, kind, good, refusals, seq);
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
): Promise<void> {
  for (;;) {
    const staged = await d.repo.nextStaged(lease.jobId);
    if (!staged) return;
    const { seq, rows: batch } = staged;
    if (isDirectoryKind(kind)) await applyDirectory(d, lease, kind, directoryProvince, batch, seq);
    else await applyRecords(d, lease, kind, scope, batch, seq);
    await yieldToRequests();
  }
}
