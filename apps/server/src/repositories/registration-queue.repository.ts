import { and, count, desc, eq, gte, ilike, inArray, lt, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { registrations } from '../db/schema/index.ts';

export type QueueFilter = {
  agencyId: string;
  status?: 'pending' | 'approved' | 'rejected' | undefined;
  from?: Date | undefined;
  /** Exclusive. */
  to?: Date | undefined;
  /** Already a search key (lower case, no diacritics). */
  text?: string | undefined;
  limit: number;
  offset: number;
};

/** Escapes LIKE wildcards so a typed % or _ is matched literally. */
const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The officers' queue (submitted applications of one agency) and the draft sweeper's queries. */
export function registrationQueueRepository(db: Db) {
  return {
    async list(f: QueueFilter) {
      const conds: (SQL | undefined)[] = [
        eq(registrations.agencyId, f.agencyId),
        f.status ? eq(registrations.status, f.status) : ne(registrations.status, 'draft'),
        f.from ? gte(registrations.submittedAt, f.from) : undefined,
        f.to ? lt(registrations.submittedAt, f.to) : undefined,
      ];
      if (f.text) {
        const t = like(f.text);
        conds.push(
          or(
            ilike(registrations.nameKey, `%${t}%`),
            ilike(registrations.bhxhCode, `${t}%`),
            ilike(registrations.idNumber, `${t}%`),
            ilike(registrations.applicationNumber, `%${t}%`),
          ),
        );
      }
      const where = and(...conds);
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(registrations)
          .where(where)
          .orderBy(desc(registrations.submittedAt), desc(registrations.id))
          .limit(f.limit)
          .offset(f.offset),
        db.select({ n: count() }).from(registrations).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },
    /** Drafts past their 7 days. */
    async expiredDrafts(now: Date, limit = 500): Promise<string[]> {
      const rows = await db
        .select({ id: registrations.id })
        .from(registrations)
        .where(and(eq(registrations.status, 'draft'), lt(registrations.expiresAt, now)))
        .limit(limit);
      return rows.map((r) => r.id);
    },
    async deleteDrafts(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db
        .delete(registrations)
        .where(and(inArray(registrations.id, ids), eq(registrations.status, 'draft')));
    },
  };
}
export type RegistrationQueueRepository = ReturnType<typeof registrationQueueRepository>;
