import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  agencies,
  insuredPersons,
  organizationStaff,
  organizations,
  registrationDrives,
  rosterImports,
  rosterRows,
} from '../db/schema/index.ts';
import { escapeLike } from './directory-search.criteria.ts';

export type RosterRowInsert = typeof rosterRows.$inferInsert;
export type RosterImportRow = typeof rosterImports.$inferSelect;
export type StudentFilter = {
  faculty?: string | undefined;
  className?: string | undefined;
  status?: string | undefined;
  /** Words of searchKey(q): each must be in the row's search key. */
  words?: string[];
};
export type StudentRow = {
  studentCode: string;
  fullName: string;
  birthDate: string;
  faculty: string;
  className: string;
  bhxhCode: string;
  codeGiven: boolean;
  status: 'not_registered' | 'submitted' | 'approved' | 'rejected' | 'declared';
  rejectReason: string | null;
  /** The last "Gửi nhắc nhở" to this student, if any. */
  remindedAt: Date | null;
};

/**
 * Each roster row with its registration status, derived by mã số BHXH: approved with the signed
 * form received for this drive = declared; an account = approved (it is made on approval), else the latest submitted application (pending, approved or rejected),
 * else not registered. Only the status and the reason code leave this query: never a photo, a
 * note or anything of the application the organization did not import.
 */
function withStatus(driveId: string, f: StudentFilter) {
  const words = (f.words ?? []).map(
    (w) => sql` and r.search_key like ${`%${escapeLike(w)}%`} escape '\\'`,
  );
  return sql`with s as (
    select r.student_code, r.full_name, r.birth_date::text as birth_date, r.faculty, r.class_name,
      r.bhxh_code, r.code_given,
      (select max(m.sent_at) from roster_reminders m where m.roster_row_id = r.id) as reminded_at,
      case when dr.id is not null and (a.id is not null or g.status = 'approved') then 'declared'
           when a.id is not null then 'approved'
           when g.status = 'pending' then 'submitted'
           when g.status = 'approved' then 'approved'
           when g.status = 'rejected' then 'rejected'
           else 'not_registered' end as status,
      case when a.id is null and g.status = 'rejected' then g.reject_reason end as reject_reason
    from roster_rows r
    left join accounts a on a.bhxh_code = r.bhxh_code and a.kind = 'citizen'
    left join lateral (
      select g.status, g.reject_reason from registrations g
      where g.bhxh_code = r.bhxh_code and g.status <> 'draft'
      order by g.submitted_at desc nulls last, g.created_at desc limit 1
    ) g on true
    left join declaration_receipts dr
      on dr.drive_id = r.drive_id and dr.bhxh_code = r.bhxh_code and dr.undone_at is null
    where r.drive_id = ${driveId}
      ${f.faculty !== undefined ? sql`and r.faculty = ${f.faculty}` : sql``}
      ${f.className !== undefined ? sql`and r.class_name = ${f.className}` : sql``}
      ${sql.join(words, sql``)}
  )`;
}

const rowsOf = (r: unknown) => (r as { rows: Record<string, unknown>[] }).rows;

/** The organization portal's data (issue 13): staff membership, drives, rosters, imports. */
export function organizationRepository(db: Db) {
  return {
    async staffOf(accountId: string) {
      const [row] = await db
        .select({
          organizationId: organizationStaff.organizationId,
          faculty: organizationStaff.faculty,
          organizationName: organizations.name,
          provinceCode: organizations.provinceCode,
        })
        .from(organizationStaff)
        .innerJoin(organizations, eq(organizations.id, organizationStaff.organizationId))
        .where(eq(organizationStaff.accountId, accountId));
      return row;
    },
    async drives(organizationId: string, driveId?: string) {
      return db
        .select({
          id: registrationDrives.id,
          name: registrationDrives.name,
          deadline: registrationDrives.deadline,
          agencyName: agencies.name,
        })
        .from(registrationDrives)
        .innerJoin(agencies, eq(agencies.id, registrationDrives.agencyId))
        .where(
          and(
            eq(registrationDrives.organizationId, organizationId),
            driveId ? eq(registrationDrives.id, driveId) : undefined,
          ),
        )
        .orderBy(registrationDrives.deadline);
    },

    /** False when the id is taken (a client reusing an x-import-id). */
    async createImport(row: typeof rosterImports.$inferInsert): Promise<boolean> {
      const r = await db
        .insert(rosterImports)
        .values(row)
        .onConflictDoNothing()
        .returning({ id: rosterImports.id });
      return r.length === 1;
    },
    async updateImport(id: string, patch: Partial<typeof rosterImports.$inferInsert>) {
      await db.update(rosterImports).set(patch).where(eq(rosterImports.id, id));
    },
    async importOf(
      id: string,
    ): Promise<(RosterImportRow & { organizationId: string }) | undefined> {
      const [row] = await db
        .select({ job: rosterImports, organizationId: registrationDrives.organizationId })
        .from(rosterImports)
        .innerJoin(registrationDrives, eq(registrationDrives.id, rosterImports.driveId))
        .where(eq(rosterImports.id, id));
      return row ? { ...row.job, organizationId: row.organizationId } : undefined;
    },

    async personsByCode(codes: string[]) {
      if (codes.length === 0) return [];
      return db
        .select({
          bhxhCode: insuredPersons.bhxhCode,
          fullName: insuredPersons.fullName,
          birthDate: insuredPersons.birthDate,
        })
        .from(insuredPersons)
        .where(inArray(insuredPersons.bhxhCode, codes));
    },
    /** People with one of these name keys born on one of these dates (insured_persons_name_idx). */
    async personsByNameAndBirth(nameKeys: string[], dates: string[]) {
      if (nameKeys.length === 0) return [];
      return db
        .select({
          bhxhCode: insuredPersons.bhxhCode,
          fullName: insuredPersons.fullName,
          nameKey: insuredPersons.nameKey,
          birthDate: insuredPersons.birthDate,
          provinceCode: insuredPersons.provinceCode,
        })
        .from(insuredPersons)
        .where(
          and(inArray(insuredPersons.nameKey, nameKeys), inArray(insuredPersons.birthDate, dates)),
        );
    },
    /** Who already holds these people on the drive's roster (mã sinh viên by mã số BHXH). */
    async holders(driveId: string, codes: string[]) {
      if (codes.length === 0) return [];
      return db
        .select({ bhxhCode: rosterRows.bhxhCode, studentCode: rosterRows.studentCode })
        .from(rosterRows)
        .where(and(eq(rosterRows.driveId, driveId), inArray(rosterRows.bhxhCode, codes)));
    },
    /**
     * Inserts new students and updates changed ones (by drive + mã sinh viên); a row equal to
     * the stored one is left alone. Returns how many were added and updated.
     */
    async upsert(rows: RosterRowInsert[]): Promise<{ added: number; updated: number }> {
      if (rows.length === 0) return { added: 0, updated: 0 };
      const ex = (c: string) => sql.raw(`excluded.${c}`);
      const r = await db
        .insert(rosterRows)
        .values(rows)
        .onConflictDoUpdate({
          target: [rosterRows.driveId, rosterRows.studentCode],
          set: {
            fullName: ex('full_name'),
            birthDate: ex('birth_date'),
            faculty: ex('faculty'),
            className: ex('class_name'),
            bhxhCode: ex('bhxh_code'),
            codeGiven: ex('code_given'),
            email: ex('email'),
            phone: ex('phone'),
            searchKey: ex('search_key'),
            importedAt: ex('imported_at'),
          },
          setWhere: sql`(roster_rows.full_name, roster_rows.birth_date, roster_rows.faculty,
            roster_rows.class_name, roster_rows.bhxh_code, roster_rows.code_given,
            roster_rows.email, roster_rows.phone) is distinct from (excluded.full_name,
            excluded.birth_date, excluded.faculty, excluded.class_name, excluded.bhxh_code,
            excluded.code_given, excluded.email, excluded.phone)`,
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      const added = r.filter((x) => x.inserted).length;
      return { added, updated: r.length - added };
    },

    /** Counts per faculty, class and status (a faculty's staff: `faculty` only). */
    async progress(driveId: string, faculty: string | undefined) {
      const r = await db.execute(sql`${withStatus(driveId, { faculty })}
        select faculty, class_name, status, count(*)::int as n from s
        group by faculty, class_name, status order by faculty, class_name`);
      return rowsOf(r).map((x) => ({
        faculty: String(x.faculty),
        className: String(x.class_name),
        status: x.status as StudentRow['status'],
        n: Number(x.n),
      }));
    },
    async students(
      driveId: string,
      f: StudentFilter,
      page?: { limit: number; offset: number },
    ): Promise<{ total: number; items: StudentRow[] }> {
      const where = f.status ? sql`where status = ${f.status}` : sql``;
      const r = await db.execute(sql`${withStatus(driveId, f)}
        select *, count(*) over ()::int as total from s ${where}
        order by faculty, class_name, full_name, student_code
        ${page ? sql`limit ${page.limit} offset ${page.offset}` : sql``}`);
      const rows = rowsOf(r);
      let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
      if (rows.length === 0 && page && page.offset > 0) {
        const c = await db.execute(sql`${withStatus(driveId, f)}
          select count(*)::int as total from s ${where}`);
        total = Number(rowsOf(c)[0]?.total ?? 0);
      }
      return {
        total,
        items: rows.map((x) => ({
          studentCode: String(x.student_code),
          fullName: String(x.full_name),
          birthDate: String(x.birth_date),
          faculty: String(x.faculty),
          className: String(x.class_name),
          bhxhCode: String(x.bhxh_code),
          codeGiven: Boolean(x.code_given),
          status: x.status as StudentRow['status'],
          rejectReason: (x.reject_reason as string | null) ?? null,
          remindedAt: x.reminded_at ? new Date(x.reminded_at as string | Date) : null,
        })),
      };
    },
  };
}
export type OrganizationRepository = ReturnType<typeof organizationRepository>;
