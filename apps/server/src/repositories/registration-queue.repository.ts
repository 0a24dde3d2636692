import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  lt,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  organizations,
  registrationDrives,
  registrations,
  rosterRows,
} from '../db/schema/index.ts';

export type QueueFilter = {
  agencyId: string;
  status?: 'pending' | 'approved' | 'rejected' | undefined;
  from?: Date | undefined;
  /** Exclusive. */
  to?: Date | undefined;
  /** Already a search key (lower case, no diacritics). */
  text?: string | undefined;
  /** Only students on this drive's roster, when the agency receives the drive. */
  driveId?: string | undefined;
  limit: number;
  offset: number;
};

/** Escapes LIKE wildcards so a typed % or _ is matched literally. */
const like = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function filterConditions(f: Omit<QueueFilter, 'limit' | 'offset'>): (SQL | undefined)[] {
  const conds: (SQL | undefined)[] = [
    eq(registrations.agencyId, f.agencyId),
    f.status ? eq(registrations.status, f.status) : ne(registrations.status, 'draft'),
    f.from ? gte(registrations.submittedAt, f.from) : undefined,
    f.to ? lt(registrations.submittedAt, f.to) : undefined,
  ];
  if (f.driveId) {
    // The drive must be one this agency receives: another agency's drive id matches nothing.
    conds.push(sql`exists (select 1 from ${rosterRows} r
      join ${registrationDrives} d on d.id = r.drive_id
      where r.drive_id = ${f.driveId} and d.agency_id = ${registrations.agencyId}
        and r.bhxh_code = ${registrations.bhxhCode})`);
  }
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
  return conds;
}

/** The officers' queue (submitted applications of one agency) and the draft sweeper's queries. */
export function registrationQueueRepository(db: Db) {
  /** The first id after (or before) `at` in queue order (submitted_at desc, id desc). */
  const step = async (
    conds: (SQL | undefined)[],
    at: { submittedAt: Date; id: string },
    dir: 'older' | 'newer',
  ) => {
    const key = sql`(${registrations.submittedAt}, ${registrations.id})`;
    const here = sql`(${at.submittedAt.toISOString()}::timestamptz, ${at.id}::uuid)`;
    const [row] = await db
      .select({ id: registrations.id })
      .from(registrations)
      .where(and(...conds, dir === 'older' ? sql`${key} < ${here}` : sql`${key} > ${here}`))
      .orderBy(
        ...(dir === 'older'
          ? [desc(registrations.submittedAt), desc(registrations.id)]
          : [asc(registrations.submittedAt), asc(registrations.id)]),
      )
      .limit(1);
    return row?.id ?? null;
  };

  return {
    /**
     * The applications around `at` in the filtered queue: the one shown above it, the one below,
     * and the next one below that is still waiting (where a decision moves the officer on).
     */
    async neighbours(
      f: Omit<QueueFilter, 'limit' | 'offset'>,
      at: { submittedAt: Date; id: string },
    ) {
      const conds = filterConditions(f);
      const [previous, next, nextPending] = await Promise.all([
        step(conds, at, 'newer'),
        step(conds, at, 'older'),
        step([...conds, eq(registrations.status, 'pending')], at, 'older'),
      ]);
      return { previous, next, nextPending };
    },

    async list(f: QueueFilter) {
      const where = and(...filterConditions(f));
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
    /** The registration drives this agency receives, nearest deadline first (the queue filter). */
    async drivesOf(agencyId: string) {
      return db
        .select({
          id: registrationDrives.id,
          name: registrationDrives.name,
          organizationName: organizations.name,
          deadline: registrationDrives.deadline,
        })
        .from(registrationDrives)
        .innerJoin(organizations, eq(organizations.id, registrationDrives.organizationId))
        .where(eq(registrationDrives.agencyId, agencyId))
        .orderBy(desc(registrationDrives.deadline), registrationDrives.name)
        .limit(200);
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
