import {
  type BhytFacilityQuery,
  type DirectoryQuery,
  type EmployerQuery,
  LOOKUP_TOTAL_CAP,
} from '@vssid/contracts';
import { searchKey } from '@vssid/domain';
import { AppError } from '../../lib/app-error.ts';
import { presentDirectory } from '../../presenters/directory.presenter.ts';
import type {
  DirectoryCriteria,
  DirectoryKind,
  DirectoryQueries,
  DirectorySearchRepository,
  TextMatch,
} from '../../repositories/directory-search.repository.ts';
import type { RateLimitService } from '../rate-limit.service.ts';

const MINUTE = 60_000;
/** Searches per IP per minute, all five directories together (a person types, pages, filters). */
export const LOOKUP_SEARCHES_PER_MINUTE = 120;
/** "Gần tôi": radii tried first (km), before the whole directory. */
const NEAR_RADII_KM = [50, 300];
/** Typo-tolerant matching needs this many characters to mean anything. */
const SIMILAR_MIN_LENGTH = 3;

type Page<I> = {
  items: I[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
  match: 'all' | 'exact' | 'similar';
};
type Window = { limit: number; offset: number };
type Fetch<R> = (q: DirectoryQueries, c: DirectoryCriteria, w: Window) => Promise<R[]>;

/** Whether a page can hold rows (a capped count may hide more rows than it says). */
const reaches = (n: number, w: Window) => n > w.offset || n > LOOKUP_TOTAL_CAP;

/** q → how it must match: no text, every word a substring, (later) similar. */
export function textMatchOf(q: string | undefined): TextMatch {
  const raw = (q ?? '').trim();
  const key = searchKey(raw);
  if (key === '') return { mode: 'all' };
  return { mode: 'exact', key, words: [...new Set(key.split(' '))], raw };
}

/**
 * The public directory searches (contracts/lookups.ts header): exact words first, typo-tolerant
 * fallback, place filters checked, totals capped, "Gần tôi" by distance, a per-IP limit.
 */
export function directorySearchService(deps: {
  repo: DirectorySearchRepository;
  rateLimits: RateLimitService;
  searchesPerMinute?: number;
}) {
  const { repo } = deps;
  const perMinute = deps.searchesPerMinute ?? LOOKUP_SEARCHES_PER_MINUTE;

  async function checkPlaces(q: DirectoryQuery) {
    if (q.provinceCode && !(await repo.province(q.provinceCode)))
      throw new AppError('VALIDATION_FAILED', 400, [
        { field: 'provinceCode', code: 'FIELD_INVALID' },
      ]);
    if (q.communeCode) {
      const c = await repo.commune(q.communeCode);
      if (!c)
        throw new AppError('VALIDATION_FAILED', 400, [
          { field: 'communeCode', code: 'FIELD_INVALID' },
        ]);
      if (q.provinceCode && c.provinceCode !== q.provinceCode)
        throw new AppError('VALIDATION_FAILED', 400, [
          { field: 'communeCode', code: 'COMMUNE_NOT_IN_PROVINCE' },
        ]);
    }
  }

  /**
   * One page sorted by distance: within NEAR_RADII_KM first (a latitude band the btree index
   * serves), widening while the band cannot fill the page; rows without coordinates come last.
   * Rows outside a band are farther than its radius, so a full page from a band is the true page.
   */
  async function nearPage<R>(
    q: DirectoryQueries,
    c: DirectoryCriteria,
    w: Window,
    total: number,
    fetch: Fetch<R>,
    hasCoordinates: boolean,
  ): Promise<R[]> {
    if (c.near && hasCoordinates && (total > LOOKUP_TOTAL_CAP || total >= w.offset + w.limit)) {
      for (const radiusKm of NEAR_RADII_KM) {
        const rows = await fetch(q, { ...c, near: { ...c.near, radiusKm } }, w);
        if (rows.length === w.limit) return rows;
      }
    }
    return fetch(q, c, w);
  }

  async function search<R, I>(
    kind: DirectoryKind,
    query: DirectoryQuery,
    extra: Pick<DirectoryCriteria, 'initialRegistration' | 'level' | 'status'>,
    ip: string,
    fetch: Fetch<R>,
    present: (r: R) => I,
  ): Promise<Page<I>> {
    await deps.rateLimits.enforce(`lookup-search:ip:${ip}`, perMinute, MINUTE);
    await checkPlaces(query);
    const hasCoordinates = kind !== 'employers';
    const base: DirectoryCriteria = {
      text: textMatchOf(query.q),
      provinceCode: query.provinceCode,
      communeCode: query.communeCode,
      ...extra,
      near:
        query.lat !== undefined && query.lng !== undefined
          ? { lat: query.lat, lng: query.lng }
          : undefined,
    };
    const w: Window = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
    const page = (rows: R[], n: number, match: Page<I>['match']): Page<I> => ({
      items: rows.map(present),
      total: Math.min(n, LOOKUP_TOTAL_CAP),
      totalCapped: n > LOOKUP_TOTAL_CAP,
      page: query.page,
      pageSize: query.pageSize,
      match,
    });

    const n = await repo.count(kind, base);
    if (n > 0 || base.text.mode === 'all' || base.text.key.length < SIMILAR_MIN_LENGTH) {
      const rows = reaches(n, w) ? await nearPage(repo, base, w, n, fetch, hasCoordinates) : [];
      return page(rows, n, base.text.mode === 'all' ? 'all' : 'exact');
    }
    // Nothing has every word: typo-tolerant matches of the whole text, most similar first.
    const similar: DirectoryCriteria = { ...base, text: { mode: 'similar', key: base.text.key } };
    return repo.similar(async (tx) => {
      const m = await tx.count(kind, similar);
      const rows = reaches(m, w) ? await nearPage(tx, similar, w, m, fetch, hasCoordinates) : [];
      // Nothing similar either: still "no result for what you typed", not a fuzzy page.
      return page(rows, m, m > 0 ? 'similar' : 'exact');
    });
  }

  return {
    agencies: (q: DirectoryQuery, ip: string) =>
      search('agencies', q, {}, ip, (r, c, w) => r.agencies(c, w), presentDirectory.agency),
    sickLeaveFacilities: (q: DirectoryQuery, ip: string) =>
      search(
        'sick-leave-facilities',
        q,
        {},
        ip,
        (r, c, w) => r.facilities('sick-leave-facilities', c, w),
        presentDirectory.facility,
      ),
    bhytFacilities: (q: BhytFacilityQuery, ip: string) =>
      search(
        'bhyt-facilities',
        q,
        { initialRegistration: q.initialRegistration, level: q.level },
        ip,
        (r, c, w) => r.facilities('bhyt-facilities', c, w),
        presentDirectory.facility,
      ),
    employers: (q: EmployerQuery, ip: string) =>
      search(
        'employers',
        q,
        { status: q.status },
        ip,
        (r, c, w) => r.employers(c, w),
        presentDirectory.employer,
      ),
    collectionPoints: (q: DirectoryQuery, ip: string) =>
      search(
        'collection-points',
        q,
        {},
        ip,
        (r, c, w) => r.collectionPoints(c, w),
        presentDirectory.collectionPoint,
      ),
  };
}
export type DirectorySearchService = ReturnType<typeof directorySearchService>;
