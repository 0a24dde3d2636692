import type { Clock } from '../lib/clock.ts';
import type { AuditRepository } from '../repositories/audit.repository.ts';

/**
 * Writes the audit trail (staff sign-ins here; officers' views and decisions elsewhere). Reading it
 * is GET /api/admin/audit-log, for supervisors and administrators.
 */
export function auditService(deps: { repo: AuditRepository; clock: Clock }) {
  return {
    async record(
      actor: { accountId: string; role: string; agencyId: string | null },
      e: {
        action: string;
        subjectType: string;
        subjectId: string;
        /** Whose insurance data was touched (the citizen's own access log). */
        subjectBhxhCode?: string;
        detail?: Record<string, unknown>;
      },
    ): Promise<void> {
      await deps.repo.insert({
        at: deps.clock.now(),
        actorAccountId: actor.accountId,
        actorRole: actor.role,
        agencyId: actor.agencyId,
        action: e.action,
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        subjectBhxhCode: e.subjectBhxhCode ?? null,
        detail: e.detail ?? null,
      });
    },
  };
}
export type AuditService = ReturnType<typeof auditService>;
