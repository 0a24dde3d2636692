import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { accounts, auditLog } from '../db/schema/index.ts';

/** The agency's audit trail with the actors' names, page by page (supervisors read it). */
export function auditLogQueryRepository(db: Db) {
  return {
    async page(o: {
      agencyId: string;
      subjectId?: string | undefined;
      limit: number;
      offset: number;
    }) {
      const where = and(
        eq(auditLog.agencyId, o.agencyId),
        o.subjectId ? eq(auditLog.subjectId, o.subjectId) : undefined,
      );
      const [items, [total]] = await Promise.all([
        db
          .select({ row: auditLog, actor: accounts.displayName })
          .from(auditLog)
          .leftJoin(accounts, eq(accounts.id, auditLog.actorAccountId))
          .where(where)
          .orderBy(desc(auditLog.at), desc(auditLog.id))
          .limit(o.limit)
          .offset(o.offset),
        db.select({ n: count() }).from(auditLog).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },
  };
}
export type AuditLogQueryRepository = ReturnType<typeof auditLogQueryRepository>;
