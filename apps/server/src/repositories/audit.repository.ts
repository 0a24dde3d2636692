import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';

export type AuditRow = typeof auditLog.$inferSelect;

/** The audit trail: appended to, never updated. */
export function auditRepository(db: Db) {
  return {
    async insert(row: typeof auditLog.$inferInsert): Promise<void> {
      await db.insert(auditLog).values(row);
    },
  };
}
export type AuditRepository = ReturnType<typeof auditRepository>;
