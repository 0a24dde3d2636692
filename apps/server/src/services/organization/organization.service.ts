import { randomUUID } from 'node:crypto';
import {
  type DriveProgress,
  type OrgOverview,
  type OrgRole,
  REJECT_REASON_LABELS,
  type RejectReason,
  ROSTER_COLUMNS,
  ROSTER_PAGE_SIZE,
  ROSTER_STATUS_LABELS,
  type RosterColumnKey,
  type RosterCounts,
  type RosterImport,
  type RosterProblem,
  type RosterStatus,
  type RosterStudentList,
  translate,
} from '@vssid/contracts';
import { isValidIsoDate, parseDate, searchKey } from '@vssid/domain';
import { AppError } from '../../lib/app-error.ts';
import type { AuthContext } from '../../lib/auth-context.ts';
import type { Clock } from '../../lib/clock.ts';
import { type CsvColumn, csvFile } from '../../lib/csv.ts';
import type { UnitOfWork } from '../../lib/unit-of-work.ts';
import type {
  OrganizationRepository,
  RosterImportRow,
  RosterRowInsert,
  StudentRow,
} from '../../repositories/organization.repository.ts';
import type { AuditService } from '../audit.service.ts';
import { typedNameMatches } from '../lookups/bhxh-code-lookup.service.ts';
import { type RosterFile, type RosterLine, readRoster } from './roster-file.ts';

/** Roster rows matched and written per transaction (PGlite: other requests wait for each). */
export const ROSTER_BATCH = 500;
/** A running import renews its heartbeat this often; one silent for ROSTER_STALE_MS died. */
export const ROSTER_HEARTBEAT_MS = 30_000;
export const ROSTER_STALE_MS = 2 * 60_000;
/** Refused lines kept in a job's report (the counters count them all). */
export const ROSTER_PROBLEMS_KEPT = 5000;

/** The caller at /to-chuc: their organization and, for "Cán bộ khoa", their one faculty. */
type OrgActor = {
  accountId: string;
  role: OrgRole;
  organizationId: string;
  organizationName: string;
  provinceCode: string;
  /** Set for "Cán bộ khoa": every query is limited to it. */
  faculty: string | null;
};

type Parsed = {
  line: number;
  studentCode: string;
  fullName: string;
  birthDate: string;
  faculty: string;
  className: string;
  bhxhCode: string | null;
  email: string | null;
  phone: string | null;
};
type Problem = { line: number; code: RosterProblem; detail?: string };

const MAX: Record<RosterColumnKey, number> = {
  studentCode: 30,
  fullName: 100,
  birthDate: 20,
  faculty: 200,
  className: 100,
  bhxhCode: 20,
  email: 254,
  phone: 20,
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const vnDate = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const emptyCounts = (): RosterCounts => ({
  not_registered: 0,
  submitted: 0,
  approved: 0,
  rejected: 0,
  declared: 0,
});
// A student who handed in the signed form is approved too (ROSTER_STATUSES).
const percentOf = (c: RosterCounts, total: number) =>
  total === 0 ? 0 : Math.floor(((c.approved + c.declared) * 100) / total);

/** Header cells → column positions; null when a required column is missing. */
export function rosterHeader(cells: string[]): Map<RosterColumnKey, number> | null {
  const at = new Map<RosterColumnKey, number>();
  cells.forEach((c, i) => {
    const k = searchKey(c);
    const col = ROSTER_COLUMNS.find(
      (x) => searchKey(x.title) === k || x.key.toLowerCase() === c.trim().toLowerCase(),
    );
    if (col && !at.has(col.key)) at.set(col.key, i);
  });
  return ROSTER_COLUMNS.every((c) => !c.required || at.has(c.key)) ? at : null;
}

/** One data line checked on its own (form of each cell); matching comes after, per batch. */
export function parseRosterLine(l: RosterLine, at: Map<RosterColumnKey, number>): Parsed | Problem {
  const cell = (k: RosterColumnKey) => {
    const i = at.get(k);
    return i === undefined ? '' : (l.cells[i] ?? '').replace(/\s+/g, ' ').trim();
  };
  for (const c of ROSTER_COLUMNS) {
    const v = cell(c.key);
    if (c.required && v === '')
      return { line: l.line, code: 'ROSTER_FIELD_REQUIRED', detail: c.title };
    if (v.length > MAX[c.key])
      return { line: l.line, code: 'ROSTER_FIELD_TOO_LONG', detail: c.title };
  }
  const rawDate = cell('birthDate');
  const parsedDate = parseDate(rawDate);
  const birthDate = isValidIsoDate(rawDate) ? rawDate : parsedDate.ok ? parsedDate.value : null;
  if (!birthDate) return { line: l.line, code: 'ROSTER_DATE_INVALID', detail: 'Ngày sinh' };
  let code: string | null = cell('bhxhCode').replace(/[\s.]/g, '');
  // A code typed into a number cell of Excel loses its leading zeros.
  if (/^\d{1,9}$/.test(code) && at.has('bhxhCode')) code = code.padStart(10, '0');
  if (code === '') code = null;
  else if (!/^\d{10}$/.test(code))
    return { line: l.line, code: 'ROSTER_BHXH_CODE_INVALID', detail: 'Mã số BHXH' };
  const email = cell('email') || null;
  if (email && !EMAIL.test(email))
    return { line: l.line, code: 'ROSTER_EMAIL_INVALID', detail: 'Email' };
  let phone: string | null = cell('phone').replace(/[\s.\-()]/g, '') || null;
  if (phone && /^[1-9]\d{8}$/.test(phone)) phone = `0${phone}`;
  if (phone?.startsWith('+84')) phone = `0${phone.slice(3)}`;
  if (phone && !/^0\d{9}$/.test(phone))
    return { line: l.line, code: 'ROSTER_PHONE_INVALID', detail: 'Số điện thoại' };
  return {
    line: l.line,
    studentCode: cell('studentCode'),
    fullName: cell('fullName'),
    birthDate,
    faculty: cell('faculty'),
    className: cell('className'),
    bhxhCode: code,
    email,
    phone,
  };
}

/**
 * The organization portal (issue 13): a drive's progress to 100 %, its students' statuses, the
 * CSV export and the roster import. Every answer is limited to the caller's organization (another
 * organization's drive is 404) and, for "Cán bộ khoa", to their faculty; every view, export and
 * import is written to the audit log.
 */
export function organizationService(d: {
  repo: OrganizationRepository;
  audit: AuditService;
  uow: UnitOfWork;
  clock: Clock;
  batchSize?: number;
}) {
  const batchSize = d.batchSize ?? ROSTER_BATCH;

  async function actorOf(auth: AuthContext): Promise<OrgActor> {
    if (auth.role !== 'org_unit' && auth.role !== 'org_faculty')
      throw new AppError('FORBIDDEN', 403);
    const s = await d.repo.staffOf(auth.accountId);
    if (!s) throw new AppError('FORBIDDEN', 403);
    // A faculty account without its faculty sees nothing rather than everything.
    if (auth.role === 'org_faculty' && !s.faculty) throw new AppError('FORBIDDEN', 403);
    return {
      accountId: auth.accountId,
      role: auth.role,
      organizationId: s.organizationId,
      organizationName: s.organizationName,
      provinceCode: s.provinceCode,
      faculty: auth.role === 'org_faculty' ? s.faculty : null,
    };
  }
  async function driveOf(a: OrgActor, driveId: string) {
    const [drive] = await d.repo.drives(a.organizationId, driveId);
    if (!drive) throw new AppError('DRIVE_NOT_FOUND', 404);
    return drive;
  }
  const presentDrive = (x: { id: string; name: string; deadline: string; agencyName: string }) => ({
    id: x.id,
    name: x.name,
    deadline: x.deadline,
    agency: { name: x.agencyName },
  });
  const audit = (a: OrgActor, action: string, driveId: string, detail: Record<string, unknown>) =>
    d.audit.record(
      { accountId: a.accountId, role: a.role, agencyId: null },
      {
        action,
        subjectType: 'registration_drive',
        subjectId: driveId,
        detail: { organizationId: a.organizationId, faculty: a.faculty, ...detail },
      },
    );
  /** The faculty a query may see: a faculty's staff always their own, whatever they ask. */
  const facultyScope = (a: OrgActor, asked?: string) => a.faculty ?? asked;

  function presentImport(j: RosterImportRow): RosterImport {
    return {
      id: j.id,
      driveId: j.driveId,
      status: j.status,
      rowsTotal: j.rowsTotal,
      rowsRead: j.rowsRead,
      rowsAdded: j.rowsAdded,
      rowsUpdated: j.rowsUpdated,
      rowsRefused: j.rowsRefused,
      problems: j.problems.map((p) => ({
        line: p.line,
        code: p.code as RosterProblem,
        message: p.detail ? `${translate(p.code, 'vi')} (${p.detail})` : translate(p.code, 'vi'),
      })),
      errorCode: j.errorCode,
    };
  }

  /** Matches a batch of checked lines to insured people; returns the rows to write. */
  async function match(
    a: OrgActor,
    driveId: string,
    lines: Parsed[],
    seen: { students: Map<string, number>; people: Map<string, string> },
    problems: Problem[],
    now: Date,
  ): Promise<RosterRowInsert[]> {
    const coded = lines.filter((l) => l.bhxhCode);
    const byCode = new Map(
      (await d.repo.personsByCode([...new Set(coded.map((l) => l.bhxhCode!))])).map((p) => [
        p.bhxhCode,
        p,
      ]),
    );
    const uncoded = lines.filter((l) => !l.bhxhCode);
    const candidates = await d.repo.personsByNameAndBirth(
      [...new Set(uncoded.map((l) => searchKey(l.fullName)))],
      [...new Set(uncoded.map((l) => l.birthDate))],
    );
    const matched: { line: Parsed; bhxhCode: string; given: boolean }[] = [];
    for (const l of lines) {
      if (l.bhxhCode) {
        const p = byCode.get(l.bhxhCode);
        // One reason for an unknown code, another name and another birth date alike: the
        // import must not tell an organization which codes exist (ROSTER_CODE_MISMATCH).
        if (p && typedNameMatches(l.fullName, p.fullName) && p.birthDate === l.birthDate)
          matched.push({ line: l, bhxhCode: p.bhxhCode, given: true });
        else problems.push({ line: l.line, code: 'ROSTER_CODE_MISMATCH' });
        continue;
      }
      // As "Tra cứu mã số BHXH": name key and birth date, the typed name's tones if it has them;
      // several people narrow to the organization's province, and still several is ambiguous.
      const key = searchKey(l.fullName);
      let found = candidates.filter(
        (c) =>
          c.nameKey === key &&
          c.birthDate === l.birthDate &&
          typedNameMatches(l.fullName, c.fullName),
      );
      if (found.length > 1) found = found.filter((c) => c.provinceCode === a.provinceCode);
      if (found.length === 0) problems.push({ line: l.line, code: 'ROSTER_NOT_FOUND' });
      else if (found.length > 1) problems.push({ line: l.line, code: 'ROSTER_AMBIGUOUS' });
      else matched.push({ line: l, bhxhCode: found[0]!.bhxhCode, given: false });
    }
    // One person, one student code: in this file and against the stored roster.
    const stored = new Map(
      (
        await d.repo.holders(
          driveId,
          matched.map((m) => m.bhxhCode),
        )
      ).map((h) => [h.bhxhCode, h.studentCode]),
    );
    const rows: RosterRowInsert[] = [];
    for (const m of matched) {
      const holder = seen.people.get(m.bhxhCode) ?? stored.get(m.bhxhCode);
      if (holder !== undefined && holder !== m.line.studentCode) {
        problems.push({ line: m.line.line, code: 'ROSTER_DUPLICATE_PERSON' });
        continue;
      }
      seen.people.set(m.bhxhCode, m.line.studentCode);
      const l = m.line;
      rows.push({
        driveId,
        studentCode: l.studentCode,
        fullName: l.fullName,
        birthDate: l.birthDate,
        faculty: l.faculty,
        className: l.className,
        bhxhCode: m.bhxhCode,
        codeGiven: m.given,
        email: l.email,
        phone: l.phone,
        searchKey: searchKey(`${l.studentCode} ${l.fullName} ${l.className}`),
        importedAt: now,
      });
    }
    return rows;
  }

  return {
    actorOf,

    async overview(auth: AuthContext): Promise<OrgOverview> {
      const a = await actorOf(auth);
      const drives = await d.repo.drives(a.organizationId);
      return {
        organization: { name: a.organizationName },
        role: a.role,
        faculty: a.faculty,
        drives: drives.map(presentDrive),
      };
    },

    async progress(auth: AuthContext, driveId: string): Promise<DriveProgress> {
      const a = await actorOf(auth);
      const drive = await driveOf(a, driveId);
      const groups = await d.repo.progress(driveId, a.faculty ?? undefined);
      const counts = emptyCounts();
      const faculties = new Map<
        string,
        { counts: RosterCounts; classes: Map<string, RosterCounts> }
      >();
      for (const g of groups) {
        counts[g.status] += g.n;
        const f = faculties.get(g.faculty) ?? { counts: emptyCounts(), classes: new Map() };
        faculties.set(g.faculty, f);
        f.counts[g.status] += g.n;
        const c = f.classes.get(g.className) ?? emptyCounts();
        f.classes.set(g.className, c);
        c[g.status] += g.n;
      }
      const sum = (c: RosterCounts) =>
        c.not_registered + c.submitted + c.approved + c.rejected + c.declared;
      const total = sum(counts);
      const today = vnDate(d.clock.now());
      const days = Math.round((Date.parse(drive.deadline) - Date.parse(today)) / 86_400_000);
      await audit(a, 'org.drive.view', driveId, { students: total });
      return {
        drive: presentDrive(drive),
        daysLeft: Math.max(0, days),
        ended: days < 0,
        total,
        counts,
        percent: percentOf(counts, total),
        faculties: [...faculties].map(([faculty, f]) => ({
          faculty,
          total: sum(f.counts),
          counts: f.counts,
          percent: percentOf(f.counts, sum(f.counts)),
          classes: [...f.classes].map(([className, c]) => ({
            className,
            total: sum(c),
            counts: c,
            percent: percentOf(c, sum(c)),
          })),
        })),
      };
    },

    async students(
      auth: AuthContext,
      driveId: string,
      q: { status?: RosterStatus; faculty?: string; className?: string; q?: string; page: number },
    ): Promise<RosterStudentList> {
      const a = await actorOf(auth);
      await driveOf(a, driveId);
      const filter = {
        status: q.status,
        faculty: facultyScope(a, q.faculty),
        className: q.className,
        words: q.q ? searchKey(q.q).split(' ').filter(Boolean) : [],
      };
      const r = await d.repo.students(driveId, filter, {
        limit: ROSTER_PAGE_SIZE,
        offset: (q.page - 1) * ROSTER_PAGE_SIZE,
      });
      await audit(a, 'org.students.view', driveId, {
        filter: { status: q.status, faculty: q.faculty, className: q.className, q: q.q },
        page: q.page,
        shown: r.items.length,
      });
      return {
        total: r.total,
        page: q.page,
        pageSize: ROSTER_PAGE_SIZE,
        items: r.items.map(presentStudent),
      };
    },

    async exportCsv(
      auth: AuthContext,
      driveId: string,
      q: { status?: RosterStatus; faculty?: string; className?: string; q?: string },
    ): Promise<string> {
      const a = await actorOf(auth);
      await driveOf(a, driveId);
      const r = await d.repo.students(driveId, {
        status: q.status,
        faculty: facultyScope(a, q.faculty),
        className: q.className,
        words: q.q ? searchKey(q.q).split(' ').filter(Boolean) : [],
      });
      await audit(a, 'org.students.export', driveId, {
        filter: { status: q.status, faculty: q.faculty, className: q.className, q: q.q },
        rows: r.items.length,
      });
      return csvFile(EXPORT_COLUMNS, r.items.map(presentStudent));
    },

    /**
     * Reads the roster (CSV streamed, or a workbook) and writes it batch by batch, each batch
     * with the job's counters in one transaction, so the page polling the job sees the progress.
     * A file that is not a roster (malformed CSV, unreadable workbook, wrong header) fails the
     * job and nothing of it is written (the header is line 1; malformed CSV can only be found
     * while reading, so earlier batches of such a file stay written, and the job says so).
     */
    async importRoster(
      auth: AuthContext,
      driveId: string,
      file: RosterFile,
      importId?: string,
    ): Promise<RosterImport> {
      const a = await actorOf(auth);
      if (a.role !== 'org_unit') throw new AppError('FORBIDDEN', 403);
      await driveOf(a, driveId);
      const id = importId ?? randomUUID();
      const now = d.clock.now();
      const created = await d.repo.createImport({
        id,
        driveId,
        accountId: a.accountId,
        status: 'running',
        startedAt: now,
        heartbeatAt: now,
      });
      if (!created) throw new AppError('IMPORT_ID_TAKEN', 409);
      // The page polls this job; if this process dies mid-file, the job says so (importJob).
      const heartbeat = setInterval(
        () => void d.repo.updateImport(id, { heartbeatAt: d.clock.now() }).catch(() => undefined),
        ROSTER_HEARTBEAT_MS,
      );
      heartbeat.unref();
      const problems: Problem[] = [];
      const seen = { students: new Map<string, number>(), people: new Map<string, string>() };
      const totals = { read: 0, added: 0, updated: 0, refused: 0 };
      let header: Map<RosterColumnKey, number> | null = null;
      try {
        const batches = readRoster(file, (rows) => d.repo.updateImport(id, { rowsTotal: rows }));
        let pending: Parsed[] = [];
        const flush = async () => {
          const lines = pending;
          pending = [];
          await d.uow.run(async () => {
            const rows = await match(a, driveId, lines, seen, problems, now);
            const r = await d.repo.upsert(rows);
            // Each committed batch is audited in its own transaction: rows written by an import
            // that later dies are never without their audit row (the summary comes at the end).
            if (r.added + r.updated > 0)
              await audit(a, 'org.roster.rows', driveId, {
                importId: id,
                added: r.added,
                updated: r.updated,
              });
            totals.added += r.added;
            totals.updated += r.updated;
            totals.refused = problems.length;
            await d.repo.updateImport(id, {
              rowsRead: totals.read,
              rowsAdded: totals.added,
              rowsUpdated: totals.updated,
              rowsRefused: totals.refused,
            });
          });
        };
        for await (const batch of batches) {
          for (const l of batch) {
            if (!header) {
              header = rosterHeader(l.cells);
              if (!header)
                throw new AppError('ROSTER_HEADER_INVALID', 422, [
                  { field: 'file', code: 'ROSTER_HEADER_INVALID' },
                ]);
              continue;
            }
            if (l.cells.every((c) => c.trim() === '')) continue;
            totals.read++;
            const p = parseRosterLine(l, header);
            if ('code' in p) {
              problems.push(p);
              continue;
            }
            const earlier = seen.students.get(p.studentCode);
            if (earlier !== undefined) {
              problems.push({
                line: p.line,
                code: 'ROSTER_DUPLICATE_STUDENT',
                detail: `dòng ${earlier}`,
              });
              continue;
            }
            seen.students.set(p.studentCode, p.line);
            pending.push(p);
            if (pending.length >= batchSize) await flush();
          }
        }
        if (!header)
          throw new AppError('ROSTER_HEADER_INVALID', 422, [
            { field: 'file', code: 'ROSTER_HEADER_INVALID' },
          ]);
        await flush();
        problems.sort((x, y) => x.line - y.line);
        totals.refused = problems.length;
        const job = {
          status: 'done' as const,
          rowsRead: totals.read,
          rowsAdded: totals.added,
          rowsUpdated: totals.updated,
          rowsRefused: totals.refused,
          problems: problems.slice(0, ROSTER_PROBLEMS_KEPT),
          finishedAt: d.clock.now(),
        };
        await d.uow.run(async () => {
          await d.repo.updateImport(id, job);
          await audit(a, 'org.roster.import', driveId, {
            importId: id,
            kind: file.kind,
            read: totals.read,
            added: totals.added,
            updated: totals.updated,
            refused: totals.refused,
          });
        });
      } catch (e) {
        const code = e instanceof AppError ? e.code : 'IMPORT_FAILED';
        await d.repo
          .updateImport(id, { status: 'failed', errorCode: code, finishedAt: d.clock.now() })
          .catch(() => undefined);
        throw e;
      } finally {
        clearInterval(heartbeat);
      }
      const stored = await d.repo.importOf(id);
      return presentImport(stored!);
    },

    async importJob(auth: AuthContext, id: string): Promise<RosterImport> {
      const a = await actorOf(auth);
      if (a.role !== 'org_unit') throw new AppError('FORBIDDEN', 403);
      const j = await d.repo.importOf(id);
      if (!j || j.organizationId !== a.organizationId)
        throw new AppError('ROSTER_IMPORT_NOT_FOUND', 404);
      const now = d.clock.now();
      if (j.status === 'running' && now.getTime() - j.heartbeatAt.getTime() > ROSTER_STALE_MS) {
        // Its request ended without a word (the process died): the rows it wrote stay written.
        const failed = { status: 'failed' as const, errorCode: 'IMPORT_FAILED', finishedAt: now };
        await d.repo.updateImport(id, failed);
        return presentImport({ ...j, ...failed });
      }
      return presentImport(j);
    },
  };
}
export type OrganizationService = ReturnType<typeof organizationService>;

export function presentStudent(s: StudentRow) {
  const reason = s.rejectReason as RejectReason | null;
  return {
    studentCode: s.studentCode,
    fullName: s.fullName,
    birthDate: s.birthDate,
    faculty: s.faculty,
    className: s.className,
    // A code the organization did not give (found by name + birth date) is not shown to it.
    bhxhCode: s.codeGiven ? s.bhxhCode : null,
    status: s.status,
    rejectReason:
      s.status === 'rejected' && reason
        ? { code: reason, label: REJECT_REASON_LABELS[reason]?.vi ?? reason }
        : null,
    remindedAt: s.remindedAt ? s.remindedAt.toISOString() : null,
  };
}

const EXPORT_COLUMNS: CsvColumn<ReturnType<typeof presentStudent>>[] = [
  { title: 'Mã sinh viên', format: 'text', value: (s) => s.studentCode },
  { title: 'Họ và tên', format: 'text', value: (s) => s.fullName },
  { title: 'Ngày sinh', format: 'date', value: (s) => s.birthDate },
  { title: 'Khoa', format: 'text', value: (s) => s.faculty },
  { title: 'Lớp', format: 'text', value: (s) => s.className },
  { title: 'Mã số BHXH', format: 'text', value: (s) => s.bhxhCode },
  { title: 'Trạng thái', format: 'text', value: (s) => ROSTER_STATUS_LABELS[s.status].vi },
  { title: 'Lý do từ chối', format: 'text', value: (s) => s.rejectReason?.label },
];
