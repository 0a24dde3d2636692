import { LOOKUP_TOTAL_CAP } from '@vssid/contracts';
import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
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
import { provincialAgencyScore } from './agency-rank.ts';

/** The five public directories of "Tra cứu" (two of them views of health_facilities). */
export type DirectoryKind =
  | 'agencies'
  | 'sick-leave-facilities'
  | 'bhyt-facilities'
  | 'employers'
  | 'collection-points';

/**
 * How the text matches: every word a substring of search_key (`exact`), or every word one of its
 * corrections from the vocabulary (`similar`, the typo-tolerant fallback: "bach mqi" → mai).
 */
export type TextMatch =
  | { mode: 'all' }
  | {
      mode: 'exact';
      /** searchKey(q). */
      key: string;
      /** Its distinct words. */
      words: string[];
      /** q as typed (trimmed), for exact unit code / tax code matches of employers. */
      raw: string;
    }
  | {
      mode: 'similar';
      /** The likeliest reading (each word's nearest correction): what ranking compares. */
      key: string;
      /** Per typed word, the words it may stand for (itself when known, else its corrections). */
      alternatives: string[][];
    };

export type DirectoryCriteria = {
  text: TextMatch;
  provinceCode?: string | undefined;
  communeCode?: string | undefined;
  /** health facilities (BHYT): only those taking initial registrations (or only those not). */
  initialRegistration?: boolean | undefined;
  level?: 'initial' | 'basic' | 'specialized' | undefined;
  status?: 'active' | 'suspended' | 'terminated' | undefined;
  /**
   * The rows already known to match (their ids): the WHERE becomes a primary-key lookup and only
   * the ranking is computed, over these rows alone.
   */
  ids?: string[] | undefined;
  /** "Gần tôi": order by distance; `radiusKm` keeps only rows within it (lat band + distance). */
  near?: { lat: number; lng: number; radiusKm?: number | undefined } | undefined;
};

/** Trigram similarity at or above which a vocabulary word is also a candidate correction. */
export const SIMILARITY_THRESHOLD = 0.5;
const EARTH_RADIUS_KM = 6371.0088;
/** Kilometres per degree of latitude (on the sphere above). */
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

/** LIKE metacharacters as plain text (the default escape character is the backslash). */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const contains = (col: PgColumn | SQL, s: string) =>
  sql`${col} like ${`%${escapeLike(s)}%`} escape '\\'`;
const startsWith = (col: PgColumn | SQL, s: string) =>
  sql`${col} like ${`${escapeLike(s)}%`} escape '\\'`;

/** Great-circle distance in km (haversine) from a point to a row's coordinates; null without. */
function distanceKm(lat: PgColumn, lng: PgColumn, p: { lat: number; lng: number }) {
  // least() skips nulls, hence the explicit case for rows without coordinates.
  return sql<number | null>`(case when ${lat} is null or ${lng} is null then null else
    ${sql.raw(String(EARTH_RADIUS_KM))} * 2 * asin(least(1.0, sqrt(
      power(sin(radians(${lat} - ${p.lat}::float8) / 2), 2)
      + cos(radians(${p.lat}::float8)) * cos(radians(${lat}))
        * power(sin(radians(${lng} - ${p.lng}::float8) / 2), 2)))) end)`;
}

/** What differs between the directory tables: the columns the search reads. */
type TableCols = {
  id: PgColumn;
  searchKey: PgColumn;
  /** The sort name: name_key (agencies have none: their search_key, which starts with the name). */
  sortName: PgColumn;
  /** "The name starts with / contains q": name_key, or the start of search_key for agencies. */
  nameKey: PgColumn | null;
  provinceCode: PgColumn;
  communeCode: PgColumn;
  latitude: PgColumn | null;
  longitude: PgColumn | null;
};

const COLS: Record<DirectoryKind, TableCols> = {
  agencies: {
    id: agencies.id,
    searchKey: agencies.searchKey,
    // No name_key: search_key starts with searchKey(name), so it sorts by name the same way.
    sortName: agencies.searchKey,
    nameKey: null,
    provinceCode: agencies.provinceCode,
    communeCode: agencies.communeCode,
    latitude: agencies.latitude,
    longitude: agencies.longitude,
  },
  'sick-leave-facilities': facilityCols(),
  'bhyt-facilities': facilityCols(),
  employers: {
    id: employers.id,
    searchKey: employers.searchKey,
    sortName: employers.nameKey,
    nameKey: employers.nameKey,
    provinceCode: employers.provinceCode,
    communeCode: employers.communeCode,
    latitude: null,
    longitude: null,
  },
  'collection-points': {
    id: collectionPoints.id,
    searchKey: collectionPoints.searchKey,
    sortName: collectionPoints.nameKey,
    nameKey: collectionPoints.nameKey,
    provinceCode: collectionPoints.provinceCode,
    communeCode: collectionPoints.communeCode,
    latitude: collectionPoints.latitude,
    longitude: collectionPoints.longitude,
  },
};
function facilityCols(): TableCols {
  const t = healthFacilities;
  return {
    id: t.id,
    searchKey: t.searchKey,
    sortName: t.nameKey,
    nameKey: t.nameKey,
    provinceCode: t.provinceCode,
    communeCode: t.communeCode,
    latitude: t.latitude,
    longitude: t.longitude,
  };
}

/** The WHERE of one search: text, place, directory-specific filters, radius. */
function whereOf(kind: DirectoryKind, c: DirectoryCriteria): SQL | undefined {
  const t = COLS[kind];
  if (c.ids) return inArray(t.id, c.ids);
  const parts: (SQL | undefined)[] = [];
  if (c.text.mode === 'exact') {
    const words = and(...c.text.words.map((w) => contains(t.searchKey, w)));
    if (kind === 'employers') {
      // A unit code or tax code typed as printed ("TA1234A", "0101234567") finds its employer
      // even when the writer did not put the codes into search_key.
      parts.push(
        or(
          words,
          eq(employers.unitCode, c.text.raw.toUpperCase()),
          eq(employers.taxCode, c.text.raw),
        ),
      );
    } else parts.push(words);
  } else if (c.text.mode === 'similar') {
    // Every typed word as one of its readings: the same substring LIKEs the GIN index serves.
    parts.push(
      and(...c.text.alternatives.map((alts) => or(...alts.map((a) => contains(t.searchKey, a))))),
    );
  }
  if (c.provinceCode) parts.push(eq(t.provinceCode, c.provinceCode));
  if (c.communeCode) parts.push(eq(t.communeCode, c.communeCode));
  if (kind === 'sick-leave-facilities') parts.push(eq(healthFacilities.issuesSickLeave, true));
  if (kind === 'bhyt-facilities') {
    parts.push(eq(healthFacilities.bhytContracted, true));
    if (c.initialRegistration !== undefined)
      parts.push(eq(healthFacilities.acceptsInitialRegistration, c.initialRegistration));
    if (c.level) parts.push(eq(healthFacilities.level, c.level));
  }
  if (kind === 'employers' && c.status) parts.push(eq(employers.status, c.status));
  if (c.near?.radiusKm !== undefined && t.latitude && t.longitude) {
    // The latitude band can use the btree index on latitude; the distance then trims its sides.
    const span = c.near.radiusKm / KM_PER_DEGREE;
    parts.push(
      sql`${t.latitude} between ${c.near.lat - span}::float8 and ${c.near.lat + span}::float8`,
      sql`${distanceKm(t.latitude, t.longitude, c.near)} <= ${c.near.radiusKm}::float8`,
    );
  }
  return and(...parts);
}

/** Distance to the caller, or null (directories without coordinates, rows without them). */
function distanceOf(kind: DirectoryKind, c: DirectoryCriteria): SQL<number | null> {
  const t = COLS[kind];
  return c.near && t.latitude && t.longitude
    ? distanceKm(t.latitude, t.longitude, c.near)
    : sql<number | null>`null::float8`;
}

function orderOf(kind: DirectoryKind, c: DirectoryCriteria): SQL[] {
  const t = COLS[kind];
  const byName = [asc(t.sortName), asc(t.id)];
  if (c.near && t.latitude) return [sql`distance_km asc nulls last`, ...byName];
  if (c.text.mode === 'exact' || c.text.mode === 'similar') {
    const key = c.text.key;
    const name = t.nameKey ?? t.searchKey;
    const code =
      kind === 'employers' && c.text.mode === 'exact'
        ? sql`when ${employers.unitCode} = ${c.text.raw.toUpperCase()} or ${employers.taxCode} = ${c.text.raw} then 0`
        : sql``;
    // Whole words before parts of words: "dong da" ranks "Đống Đa Xanh" above "Đông Đại", and
    // "hang hai" ranks "Trường Đại học Hàng hải" above "Công ty Khang Hải". Tiers: the name
    // starts with the whole words; has them; starts with the text; has a word starting with it;
    // has it anywhere; only the address or a code has it.
    const padded = sql`' ' || ${name} || ' '`;
    const tiers = [
      startsWith(padded, ` ${key} `),
      contains(padded, ` ${key} `),
      startsWith(name, key),
      ...(t.nameKey
        ? [contains(sql`' ' || ${t.nameKey}`, ` ${key}`), contains(t.nameKey, key)]
        : []),
    ];
    const whens = sql.join(
      tiers.map((cond, i) => sql`when ${cond} then ${sql.raw(String(i + 1))}`),
      sql` `,
    );
    const tier = sql`case ${code} ${whens} else ${sql.raw(String(tiers.length + 1))} end`;
    if (kind === 'agencies') {
      // A search naming a province finds its provincial agency first, then the province's
      // base agencies (agency-rank.ts); provincial agencies before base ones within a tier.
      return [
        sql`${provincialAgencyScore(key.split(' '))} desc`,
        tier,
        sql`(${agencies.kind} = 'province') desc`,
        ...byName,
      ];
    }
    return [tier, ...byName];
  }
  // A province's agencies (its filter): the provincial agency first, then the base ones.
  if (kind === 'agencies') return [sql`(${agencies.kind} = 'province') desc`, ...byName];
  return byName;
}

const place = { code: provinces.code, name: provinces.name };
const commune = { code: communes.code, name: communes.name };

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
   * Ids of the first `limit` matching rows, without sorting (that is the point: cheap). The same
   * ids on every call, so pages never overlap: no parallel workers (their rows interleave by
   * timing) and no synchronized sequential scans (which start wherever another scan is).
   */
  async function idsOf(handle: Db, kind: DirectoryKind, c: DirectoryCriteria, limit: number) {
    const t = COLS[kind];
    return handle.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('max_parallel_workers_per_gather', '0', true), set_config('synchronize_seqscans', 'off', true)`,
      );
      const rows = await tx
        .select({ id: t.id })
        .from(tableOf(kind))
        .where(whereOf(kind, c))
        .limit(limit);
      return rows.map((r) => String(r.id));
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
    matchingIds: (kind: DirectoryKind, c: DirectoryCriteria, limit: number) =>
      idsOf(handle, kind, c, limit),
    ...queries(handle),
  });

  return {
    ...over(db),
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
  'knownWords' | 'nearWords' | 'province' | 'commune'
>;
type RowOf<K extends keyof DirectoryQueries> = Awaited<ReturnType<DirectoryQueries[K]>>;
export type AgencyRow = RowOf<'agencies'>[number];
export type FacilityRow = RowOf<'facilities'>[number];
export type EmployerRow = RowOf<'employers'>[number];
export type CollectionPointRow = RowOf<'collectionPoints'>[number];
