import type {
  AdminRegistrationQuery,
  Lang,
  PhotoKind,
  RegistrationNeighboursQuery,
} from '@vssid/contracts';
import { searchKey } from '@vssid/domain';
import type { FileStorage } from '../../integrations/storage/file-storage.ts';
import { AppError } from '../../lib/app-error.ts';
import type { AuthContext } from '../../lib/auth-context.ts';
import { mayHandleApplication } from '../../policies/data-scope.policy.ts';
import { presentDetail, presentSummary } from '../../presenters/registration-admin.presenter.ts';
import type {
  RegistrationRepository,
  RegistrationRow,
} from '../../repositories/registration.repository.ts';
import type { RegistrationLookupRepository } from '../../repositories/registration-lookup.repository.ts';
import type { RegistrationPhotoRepository } from '../../repositories/registration-photo.repository.ts';
import type { RegistrationQueueRepository } from '../../repositories/registration-queue.repository.ts';
import type { RegistrationAudit } from './registration-audit.ts';
import { fullAddress } from './submission-mail.ts';

export type Staff = AuthContext & { agencyId: string };
export type Submitted = RegistrationRow & { status: 'pending' | 'approved' | 'rejected' };

/**
 * A submitted application within the caller's data scope (mayHandleApplication: the agency it was
 * addressed to) — for viewing and for deciding alike; anything else is 404 like an unknown id.
 */
export async function loadForAgency(repo: RegistrationRepository, auth: Staff, id: string) {
  const row = await repo.get(id);
  if (!row || row.status === 'draft' || !mayHandleApplication(auth, row)) throw AppError.notFound();
  return row as Submitted;
}
const DAY = 24 * 3600_000;
/** yyyy-mm-dd at 00:00 in Vietnam (UTC+7). */
const vnMidnight = (d: string) => new Date(`${d}T00:00:00+07:00`);

/**
 * The back office's queue: an officer sees the applications of their own agency only; any
 * other id is 404, exactly like an unknown one. Every view is audited.
 */
export function registrationReviewService(deps: {
  repo: RegistrationRepository;
  queue: RegistrationQueueRepository;
  photos: RegistrationPhotoRepository;
  lookup: RegistrationLookupRepository;
  storage: FileStorage;
  audit: RegistrationAudit;
}) {
  const load = (auth: Staff, id: string) => loadForAgency(deps.repo, auth, id);

  const filter = (auth: Staff, q: RegistrationNeighboursQuery) => ({
    agencyId: auth.agencyId,
    status: q.status,
    from: q.from ? vnMidnight(q.from) : undefined,
    to: q.to ? new Date(vnMidnight(q.to).getTime() + DAY) : undefined,
    text: q.q ? searchKey(q.q) : undefined,
    driveId: q.driveId,
  });

  return {
    /**
     * Ids only (no personal data, so not audited: opening one is): the previous and next
     * application of the filtered queue around one the officer may see, and the next still waiting.
     */
    async neighbours(auth: Staff, id: string, q: RegistrationNeighboursQuery) {
      const r = await load(auth, id);
      return deps.queue.neighbours(filter(auth, q), { submittedAt: r.submittedAt!, id: r.id });
    },

    /** The drives this agency receives: names only, the queue's "Đợt đăng ký" filter. */
    async drives(auth: Staff) {
      const items = await deps.queue.drivesOf(auth.agencyId);
      return { items: items.map((d) => ({ ...d, deadline: String(d.deadline) })) };
    },

    async list(
      auth: Staff,
      q: Required<Pick<AdminRegistrationQuery, 'page' | 'pageSize'>> & AdminRegistrationQuery,
    ) {
      const page = Number(q.page);
      const pageSize = Number(q.pageSize);
      const { items, total } = await deps.queue.list({
        ...filter(auth, q),
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      await deps.audit.record(
        auth,
        'registration.list',
        { type: 'agency', id: auth.agencyId },
        {
          filters: {
            status: q.status ?? null,
            from: q.from ?? null,
            to: q.to ?? null,
            q: q.q ?? null,
            driveId: q.driveId ?? null,
          },
          results: items.length,
        },
      );
      return { items: items.map((r) => presentSummary(r as Submitted)), total, page, pageSize };
    },

    async detail(auth: Staff, id: string, lang: Lang) {
      const r = await load(auth, id);
      const [photos, person, agency, units, decidedBy] = await Promise.all([
        deps.photos.list(r.id),
        deps.lookup.insuredPerson(r.bhxhCode!),
        deps.lookup.agency(r.agencyId!),
        fullAddress(deps.lookup, r),
        r.decidedBy ? deps.lookup.accountName(r.decidedBy) : undefined,
      ]);
      await deps.audit.record(auth, 'registration.view', r);
      return presentDetail(r, {
        photos,
        person,
        agency: { id: agency!.id, name: agency!.name },
        decidedBy: decidedBy ?? null,
        units,
        lang,
      });
    },

    async photo(auth: Staff, id: string, kind: PhotoKind): Promise<Buffer> {
      const r = await load(auth, id);
      const photo = await deps.photos.get(r.id, kind);
      const bytes = photo ? await deps.storage.get(photo.fileKey) : undefined;
      if (!bytes) throw AppError.notFound();
      await deps.audit.record(auth, 'registration.view_photo', r, { kind });
      return bytes;
    },
  };
}
export type RegistrationReviewService = ReturnType<typeof registrationReviewService>;
