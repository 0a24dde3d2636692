import {
  type BhytFacilityQuery,
  type DirectoryQuery,
  type EmployerQuery,
  LOOKUP_TOTAL_CAP,
} from '@vssid/contracts';
import { osaDistance, searchKey, typoBudget } from '@vssid/domain';
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
/**
 * Text searches rank at most this many matching rows. Ranking (name starts with q, whole words,
 * …) needs every row it orders; over a million employers "cong ty" matches hundreds of
 * thousands, and sorting them all took about a second. Up to this many matches (two pages more
 * than the exact total shown), the ranking is exact; beyond, the most relevant of the first
 * RANKED_CANDIDATES found lead — the page says "Hơn 1.000 kết quả" and invites a filter.
 */
export const RANKED_CANDIDATES = 2000;
/** Readings tried per mistyped word (each one more LIKE branch in the query). */
const MAX_CORRECTIONS = 5;

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
  /** RANKED_CANDIDATES unless a test needs a smaller window. */
  rankedCandidates?: number;
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

  /**
   * How many rows match (exact up to LOOKUP_TOTAL_CAP + 1), and the criteria and window to fetch
   * a page with: text searches not sorted by distance rank RANKED_CANDIDATES candidates in one
   * statement and fetch the page's rows by id (window offset 0).
   */
  async function matches(
    kind: DirectoryKind,
    criteria: DirectoryCriteria,
    w: Window,
  ): Promise<{ n: number; c: DirectoryCriteria; w: Window }> {
    // Typed words through the word index where it can answer them (same rows, fewer pages read).
    const c = await repo.withVocabulary(criteria);
    if (c.text.mode === 'all' || c.near) return { n: await repo.count(kind, c), c, w };
    const window = deps.rankedCandidates ?? RANKED_CANDIDATES;
    const ranked = await repo.rankedWindow(kind, c, window, w);
    // A page reaching past the candidates (page 101 of a broad search) can only come from the
    // full ranking.
    const beyond = ranked.n === window && w.offset + w.limit > ranked.n;
    if (beyond) return { n: ranked.n, c, w };
    return { n: ranked.n, c: { ...c, ids: ranked.ids }, w: { limit: w.limit, offset: 0 } };
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
    /** The page's rows: none to fetch when the ranked window says the page is empty. */
    const pageOf = (c: DirectoryCriteria, fw: Window, n: number): Promise<R[]> =>
      c.ids?.length === 0 ? Promise.resolve([]) : nearPage(repo, c, fw, n, fetch, hasCoordinates);
    const page = (rows: R[], n: number, match: Page<I>['match']): Page<I> => ({
      items: rows.map(present),
      total: Math.min(n, LOOKUP_TOTAL_CAP),
      totalCapped: n > LOOKUP_TOTAL_CAP,
      page: query.page,
      pageSize: query.pageSize,
      match,
    });

    const { n, c: found, w: fw } = await matches(kind, base, w);
    if (n > 0 || base.text.mode !== 'exact' || base.text.key.length < SIMILAR_MIN_LENGTH) {
      const rows = reaches(n, w) ? await pageOf(found, fw, n) : [];
      return page(rows, n, base.text.mode === 'all' ? 'all' : 'exact');
    }
    // Nothing has every word: read each mistyped word as its nearest vocabulary words.
    const similar = await correctedText(base.text);
    if (!similar) return page([], 0, 'exact');
    const { n: m, c, w: sw } = await matches(kind, { ...base, text: similar }, w);
    const rows = reaches(m, w) ? await pageOf(c, sw, m) : [];
    // Nothing similar either: still "no result for what you typed", not a fuzzy page.
    return page(rows, m, m > 0 ? 'similar' : 'exact');
  }

  /**
   * The typo-tolerant reading of a text that found nothing: a word the directories know stays
   * itself (reading known words as their neighbours turned "song hong" into a thousand "long
   * hang"s); an unknown word becomes the vocabulary words within its typo budget (osaDistance:
   * a swap of neighbours is one slip), nearest first, at most MAX_CORRECTIONS. Null when no word
   * could be read otherwise.
   */
  async function correctedText(
    text: Extract<TextMatch, { mode: 'exact' }>,
  ): Promise<Extract<TextMatch, { mode: 'similar' }> | null> {
    const known = await repo.knownWords(text.words);
    const alternatives: string[][] = [];
    for (const word of text.words) {
      const budget = typoBudget([...word].length);
      if (known.has(word) || budget === 0 || /\d/.test(word)) {
        // Known, too short to correct, or a number: as typed.
        alternatives.push([word]);
        continue;
      }
      const readings = (await repo.nearWords(word))
        .map((v) => ({ v, d: osaDistance(word, v) }))
        .filter((x) => x.d <= budget)
        .sort((a, b) => a.d - b.d || a.v.localeCompare(b.v))
        .slice(0, MAX_CORRECTIONS)
        .map((x) => x.v);
      alternatives.push(readings.length > 0 ? readings : [word]);
    }
    if (alternatives.every((a, i) => a.length === 1 && a[0] === text.words[i])) return null;
    return { mode: 'similar', key: alternatives.map((a) => a[0]).join(' '), alternatives };
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
