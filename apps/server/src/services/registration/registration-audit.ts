import { AppError } from '../../lib/app-error.ts';
import type { AuthContext } from '../../lib/auth-context.ts';
import type { Clock } from '../../lib/clock.ts';
import type { UnitOfWork } from '../../lib/unit-of-work.ts';
import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { AuditLogQueryRepository } from '../../repositories/audit-log-query.repository.ts';

/**
 * Audit rows for the back office's registration work: who (officer, role, agency), when (the
 * app clock), what (action) and whose data (the registration and its BHXH code).
 */
export function registrationAudit(deps: {
  repo: AuditRepository;
  query: AuditLogQueryRepository;
  clock: Clock;
  /** Its named fault point ('audit:<action>') in a unit of work. */
  uow?: UnitOfWork;
}) {
  return {
    async record(
      auth: AuthContext,
      action: string,
      subject: { id: string; bhxhCode?: string | null; type?: string },
      detail?: Record<string, unknown>,
    ): Promise<void> {
      await deps.uow?.point(`audit:${action}`);
      await deps.repo.insert({
        at: deps.clock.now(),
        actorAccountId: auth.accountId,
        actorRole: auth.role,
        agencyId: auth.agencyId,
        action,
        subjectType: subject.type ?? 'registration',
        subjectId: subject.id,
        subjectBhxhCode: subject.bhxhCode ?? null,
        detail: detail ?? null,
      });
    },

    /** The agency's trail, for supervisors and administrators only. */
    async page(
      auth: AuthContext,
      q: { subjectId?: string | undefined; page: number; pageSize: number },
    ) {
      if (auth.role !== 'supervisor' && auth.role !== 'administrator')
        throw new AppError('FORBIDDEN', 403);
      const { items, total } = await deps.query.page({
        agencyId: auth.agencyId!,
        subjectId: q.subjectId,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return {
        items: items.map(({ row, actor }) => ({
          id: row.id,
          at: row.at.toISOString(),
          actor: actor ?? '',
          actorRole: row.actorRole,
          action: row.action,
          subjectType: row.subjectType,
          subjectId: row.subjectId,
          subjectBhxhCode: row.subjectBhxhCode,
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  };
}
export type RegistrationAudit = ReturnType<typeof registrationAudit>;
