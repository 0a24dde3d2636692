import {
  DIRECTORY_ADMIN_PAGE_SIZE,
  type DirectoryAdminPage,
  type DirectoryAdminQuery,
  type DirectoryEntry,
  type DirectoryKind,
} from '@vssid/contracts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { UnitOfWork } from '../../lib/unit-of-work.ts';
import { directoryScope, inDirectoryScope } from '../../policies/directories.policy.ts';
import type {
  DirectoryAdminRepository,
  StoredDirectoryRow,
} from '../../repositories/directory-admin.repository.ts';
import type { AuditService } from '../audit.service.ts';
import {
  checkDirectoryReferences,
  directoryFormValues,
  directoryRecord,
  parseDirectoryRow,
} from '../imports/directory-rows.ts';

type Staff = { accountId: string; role: string; agencyId: string };

/**
 * The back office's directory editor: list, read and change one record, with exactly the
 * import's validation (directory-rows.ts). A supervisor works within their agency's province
 * (other rows are 404 like an unknown id); an administrator nationwide.
 */
export function directoryAdminService(d: {
  repo: DirectoryAdminRepository;
  clock: Clock;
  audit: AuditService;
  uow: UnitOfWork;
}) {
  const scopeOf = async (s: Staff) =>
    directoryScope({ role: s.role, agencyProvince: await d.repo.agencyProvince(s.agencyId) });
  const present = (kind: DirectoryKind, row: StoredDirectoryRow): DirectoryEntry => ({
    id: row.id,
    kind,
    values: directoryFormValues(kind, row),
    demo: row.demo,
    updatedAt: row.updatedAt.toISOString(),
  });
  async function find(kind: DirectoryKind, id: string, scope: string | null) {
    const row = await d.repo.get(kind, id);
    if (!row || !inDirectoryScope(scope, row.provinceCode))
      throw new AppError('DIRECTORY_ENTRY_NOT_FOUND', 404);
    return row;
  }

  const fail = (issues: { column: string; code: string }[]): never => {
    throw new AppError(
      'VALIDATION_FAILED',
      400,
      issues.map((i) => ({ field: i.column, code: i.code })),
    );
  };
  const taken = (kind: DirectoryKind) =>
    new AppError('DIRECTORY_CODE_TAKEN', 409, [
      { field: kind === 'employers' ? 'unit_code' : 'code', code: 'DIRECTORY_CODE_TAKEN' },
    ]);
  /** The import's two steps (row, then places/agency/scope), every problem at once. */
  async function validate(
    kind: DirectoryKind,
    input: Record<string, string>,
    scope: string | null,
    storedProvince: string | null,
  ) {
    const parsed = parseDirectoryRow(kind, (c) => input[c] ?? '');
    if (!parsed.row) return fail(parsed.issues);
    const row = parsed.row;
    const refs = await d.repo.refs({
      provinceCodes: [row.provinceCode],
      communeCodes: row.communeCode ? [row.communeCode] : [],
      agencyCodes: row.agencyCode ? [row.agencyCode] : [],
    });
    const issues = checkDirectoryReferences(row, refs, scope, storedProvince);
    if (issues.length > 0) return fail(issues);
    return { row, values: directoryRecord(kind, row, refs, d.clock.now()) };
  }

  return {
    async list(s: Staff, kind: DirectoryKind, q: DirectoryAdminQuery): Promise<DirectoryAdminPage> {
      const scope = await scopeOf(s);
      const { rows, total } = await d.repo.list(kind, {
        q: q.q,
        provinceCode: scope ?? q.provinceCode,
        page: q.page,
      });
      return {
        items: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })),
        total,
        page: q.page,
        pageSize: DIRECTORY_ADMIN_PAGE_SIZE,
      };
    },
    async get(s: Staff, kind: DirectoryKind, id: string): Promise<DirectoryEntry> {
      return present(kind, await find(kind, id, await scopeOf(s)));
    },
    async update(
      s: Staff,
      kind: DirectoryKind,
      id: string,
      input: Record<string, string>,
    ): Promise<DirectoryEntry> {
      const scope = await scopeOf(s);
      const before = await find(kind, id, scope);
      const { row, values } = await validate(kind, input, scope, before.provinceCode);
      const old = directoryFormValues(kind, before);
      const changed = Object.keys(old).filter((k) => old[k] !== (input[k] ?? '').trim());
      // The change and its audit row commit together.
      await d.uow.run(async () => {
        if (!(await d.repo.update(kind, id, values))) throw taken(kind);
        await d.audit.record(s, {
          action: 'directories.update',
          subjectType: kind,
          subjectId: id,
          detail: { code: row.key, changed },
        });
      });
      return present(kind, (await d.repo.get(kind, id))!);
    },
    async create(
      s: Staff,
      kind: DirectoryKind,
      input: Record<string, string>,
    ): Promise<DirectoryEntry> {
      const scope = await scopeOf(s);
      const { row, values } = await validate(kind, input, scope, null);
      // The new row and its audit row commit together.
      const id = await d.uow.run(async () => {
        const id = await d.repo.insert(kind, values);
        if (!id) throw taken(kind);
        await d.audit.record(s, {
          action: 'directories.create',
          subjectType: kind,
          subjectId: id,
          detail: { code: row.key },
        });
        return id;
      });
      return present(kind, (await d.repo.get(kind, id))!);
    },
  };
}
export type DirectoryAdminService = ReturnType<typeof directoryAdminService>;
