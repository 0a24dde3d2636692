import { LOOKUP_TOTAL_CAP } from '@vssid/contracts';
import { and, eq, getTableName, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  agencies,
  collectionPoints,
  communes,
  employers,
  healthFacilities,
  lookupWords,
  provinces,
} from '../db/schema/index.ts';
import {
  COLS,
  type DirectoryCriteria,
  type DirectoryKind,
  distanceOf,
  indexableWord,
  orderOf,
  SIMILARITY_THRESHOLD,
  type Vocabulary,
  WORD_INDEX_MAX_EXPANSION,
  WORD_INDEX_MIN_LENGTH,
  whereOf,
  wordsOf,
} from './directory-search.criteria.ts';

export {
  type DirectoryCriteria,
  type DirectoryKind,
  escapeLike,
  SIMILARITY_THRESHOLD,
  type TextMatch,
  type Vocabulary,
} from './directory-search.criteria.ts';

const place = { code: provinces.code, name: provinces.name };
const commune = { code: communes.code, name: communes.name };

/** A text[] as the driver gives it: an array (node-postgres, PGlite), or its literal `{a,b}`. */
function parseTextArray(v: string[] | string | undefined): string[] {
  if (v === undefined) return [];
  if (Array.isArray(v)) return v;
  const inner = v.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',').map((x) => x.replace(/^"|"$/g, ''));
}

/** Searches of the public directories; the same algorithm over four tables. */
export function directorySearchRepository(db: Db) {
  type Page = { limit: number; offset: number };
  const parts = (kind: DirectoryKind, c: DirectoryCriteria) => ({
    where: whereOf(kind, c),
    order: orderOf(kind, c),
    distance: distanceOf(kind, c).as('distance_km'),
  });

  const queries = (handle: Db) => ({
    agencies(c: DirectoryCriteria, p: Page) {
      const q = parts('agencies', c);
      return handle
        .select({ row: agencies, province: place, commune, distance: q.distance })
        .from(agencies)
        .innerJoin(provinces, eq(provinces.code, agencies.provinceCode))
        .leftJoin(communes, eq(communes.code, agencies.communeCode))
        .where(q.where)
        .orderBy(...q.order)
        .limit(p.limit)
        .offset(p.offset);
    },
    facilities(kind: 'sick-leave-facilities' | 'bhyt-facilities', c: DirectoryCriteria, p: Page) {
      const q = parts(kind, c);
      return handle
        .select({ row: healthFacilities, province: place, commune, distance: q.distance })
        .from(healthFacilities)
        .innerJoin(provinces, eq(provinces.code, healthFacilities.provinceCode))
        .leftJoin(communes, eq(communes.code, healthFacilities.communeCode))
        .where(q.where)
        .orderBy(...q.order)
        .limit(p.limit)
        .offset(p.offset);
    },
    employers(c: DirectoryCriteria, p: Page) {
      const q = parts('employers', c);
      return handle
        .select({
          row: employers,
          province: place,
          managingAgency: { code: agencies.code, name: agencies.name },
        })
        .from(employers)
        .innerJoin(provinces, eq(provinces.code, employers.provinceCode))
        .innerJoin(agencies, eq(agencies.code, employers.agencyCode))
        .where(q.where)
        .orderBy(...q.order)
        .limit(p.limit)
        .offset(p.offset);
    },
    collectionPoints(c: DirectoryCriteria, p: Page) {
      const q = parts('collection-points', c);
      return handle
        .select({ row: collectionPoints, province: place, commune, distance: q.distance })
        .from(collectionPoints)
        .innerJoin(provinces, eq(provinces.code, collectionPoints.provinceCode))
        .leftJoin(communes, eq(communes.code, collectionPoints.communeCode))
        .where(q.where)
        .orderBy(...q.order)
        .limit(p.limit)
        .offset(p.offset);
    },
  });

  const tableOf = (kind: DirectoryKind) =>
    kind === 'agencies'
      ? agencies
      : kind === 'employers'
        ? employers
        : kind === 'collection-points'
          ? collectionPoints
          : healthFacilities;

  /**
   * The first `window` matching rows (the candidates, found without sorting: that is the point,
   * cheap), ranked in the same statement, and the ids of one page of them in rank order, with how
   * many candidates there are. Ranking reads the candidates' own columns as the scan found them:
   * the subquery takes the table's name, so orderOf's columns refer to it, and only the page's
   * rows are then fetched whole (with their joins) by the caller. The same candidates on every
   * call, so pages never overlap: no parallel workers (their rows interleave by timing) and no
   * synchronized sequential scans (which start wherever another scan is).
   */
  async function rankedWindowOf(
    handle: Db,
    kind: DirectoryKind,
    c: DirectoryCriteria,
    window: number,
    p: Page,
  ): Promise<{ n: number; ids: string[] }> {
    const table = tableOf(kind);
    const self = sql.identifier(getTableName(table));
    // An agency's rank reads its province's name (agency-rank.ts), as the page query joins it.
    const provinceJoin =
      kind === 'agencies'
        ? sql`join ${provinces} on ${provinces.code} = ${self}.province_code`
        : sql``;
    return handle.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('max_parallel_workers_per_gather', '0', true), set_config('synchronize_seqscans', 'off', true)`,
      );
      const r = (await tx.execute(sql`with candidates as materialized (
          select * from ${table} where ${whereOf(kind, c)} limit ${window})
        select (select count(*) from candidates)::int as n,
          array(select ${self}.id::text from candidates as ${self} ${provinceJoin}
                 order by ${sql.join(orderOf(kind, c), sql`, `)}
                 limit ${p.limit} offset ${p.offset}) as ids`)) as unknown as {
        rows: { n: number | string; ids: string[] | string }[];
      };
      const row = r.rows[0];
      return { n: Number(row?.n ?? 0), ids: parseTextArray(row?.ids) };
    });
  }

  /** Matching rows, counted up to LOOKUP_TOTAL_CAP + 1 (a LIMIT inside, so it stays cheap). */
  async function countOf(handle: Db, kind: DirectoryKind, c: DirectoryCriteria) {
    const t = COLS[kind];
    const table = tableOf(kind);
    const capped = handle
      .select({ one: t.id })
      .from(table)
      .where(whereOf(kind, c))
      .limit(LOOKUP_TOTAL_CAP + 1)
      .as('capped');
    const [r] = await handle.select({ n: sql<number>`count(*)::int` }).from(capped);
    return Number(r?.n ?? 0);
  }

  const over = (handle: Db) => ({
    count: (kind: DirectoryKind, c: DirectoryCriteria) => countOf(handle, kind, c),
    rankedWindow: (kind: DirectoryKind, c: DirectoryCriteria, window: number, p: Page) =>
      rankedWindowOf(handle, kind, c, window, p),
    ...queries(handle),
  });

  /**
   * The vocabulary words containing each typed word the word index can answer (indexableWord),
   * for at most WORD_INDEX_MAX_EXPANSION of them per word (more: left to the trigram LIKE). One
   * statement, a LIKE per word on lookup_words' trigram index, each planned with its pattern.
   */
  async function vocabularyOf(words: string[]): Promise<Vocabulary> {
    const typed = [...new Set(words.filter(indexableWord))];
    const out = new Map<string, string[]>();
    if (typed.length === 0) return out;
    const branches = typed.map(
      (w, i) =>
        sql`(select ${i}::int as i, ${lookupWords.word} as word from ${lookupWords}
              where ${lookupWords.word} like ${`%${w}%`} limit ${WORD_INDEX_MAX_EXPANSION + 1})`,
    );
    const r = (await db.execute(sql.join(branches, sql` union all `))) as unknown as {
      rows: { i: number | string; word: string }[];
    };
    const found = typed.map((): string[] => []);
    for (const row of r.rows) found[Number(row.i)]!.push(row.word);
    typed.forEach((w, i) => {
      if (found[i]!.length <= WORD_INDEX_MAX_EXPANSION) out.set(w, found[i]!);
    });
    return out;
  }

  return {
    ...over(db),
    /** The criteria with their text's words expanded for the word index (vocabularyOf). */
    async withVocabulary(c: DirectoryCriteria): Promise<DirectoryCriteria> {
      if (c.text.mode === 'all') return c;
      // A lone word of three letters ("tru", a prefix being typed) stays on its trigram LIKE: it
      // is one posting list, and the scan that stops at the window's 2,000 matches checks a LIKE
      // per row faster than `&&` over the words it expands to (6 ms vs 22 ms over the same rows
      // at 1 M, docs/PERFORMANCE.md); there is no second word for the index to intersect.
      if (c.text.mode === 'exact' && c.text.words.length === 1) {
        const [w] = c.text.words;
        if (w!.length === WORD_INDEX_MIN_LENGTH) return c;
      }
      return { ...c, text: { ...c.text, vocabulary: await vocabularyOf(wordsOf(c.text)) } };
    },
    /** Which of these words the directories contain (lookup_words, fed by triggers). */
    async knownWords(words: string[]): Promise<Set<string>> {
      if (words.length === 0) return new Set();
      const rows = await db
        .select({ word: lookupWords.word })
        .from(lookupWords)
        .where(inArray(lookupWords.word, words));
      return new Set(rows.map((r) => r.word));
    },
    /**
     * Vocabulary words within two edits (fuzzystrmatch) or trigram-similar (pg_trgm) of a typed
     * word; the caller keeps those within its typo budget. The vocabulary is small (the distinct
     * words of names and addresses), so this scan stays cheap whatever the directories' size.
     */
    async nearWords(word: string): Promise<string[]> {
      const n = [...word].length;
      const rows = await db
        .select({ word: lookupWords.word })
        .from(lookupWords)
        .where(
          and(
            sql`length(${lookupWords.word}) between ${n - 2} and ${n + 2}`,
            or(
              sql`levenshtein_less_equal(${lookupWords.word}, ${word}, 2) <= 2`,
              sql`similarity(${lookupWords.word}, ${word}) >= ${SIMILARITY_THRESHOLD}`,
            ),
          ),
        )
        .limit(200);
      return rows.map((r) => r.word);
    },
    async province(code: string) {
      const [p] = await db.select(place).from(provinces).where(eq(provinces.code, code));
      return p;
    },
    async commune(code: string) {
      const [c] = await db
        .select({ code: communes.code, provinceCode: communes.provinceCode })
        .from(communes)
        .where(eq(communes.code, code));
      return c;
    },
  };
}
export type DirectorySearchRepository = ReturnType<typeof directorySearchRepository>;
/** The queries of one handle (the database, or the similarity transaction). */
export type DirectoryQueries = Omit<
  DirectorySearchRepository,
  'knownWords' | 'nearWords' | 'province' | 'commune' | 'withVocabulary'
>;
type RowOf<K extends keyof DirectoryQueries> = Awaited<ReturnType<DirectoryQueries[K]>>;
export type AgencyRow = RowOf<'agencies'>[number];
export type FacilityRow = RowOf<'facilities'>[number];
export type EmployerRow = RowOf<'employers'>[number];
export type CollectionPointRow = RowOf<'collectionPoints'>[number];
