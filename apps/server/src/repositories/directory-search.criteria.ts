/**
 * What one directory search asks of SQL: its criteria (types), the columns each directory reads,
 * its WHERE, its ORDER BY (the ranking) and its distance. The repository runs them.
 */
import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { agencies, collectionPoints, employers, healthFacilities } from '../db/schema/index.ts';
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
      vocabulary?: Vocabulary | undefined;
    }
  | {
      mode: 'similar';
      /** The likeliest reading (each word's nearest correction): what ranking compares. */
      key: string;
      /** Per typed word, the words it may stand for (itself when known, else its corrections). */
      alternatives: string[][];
      vocabulary?: Vocabulary | undefined;
    };

/**
 * Typed words matched through the word index (search_words): each one (letters only, at least
 * WORD_INDEX_MIN_LENGTH) → every vocabulary word containing it (lookup_words). A word absent
 * here is matched by a trigram LIKE on search_key.
 */
export type Vocabulary = ReadonlyMap<string, readonly string[]>;

/** Shortest typed word matched through the word index (shorter ones have no whole trigram). */
export const WORD_INDEX_MIN_LENGTH = 3;
/**
 * Most vocabulary words one typed word may stand for in the word index; a word contained in
 * more ("ong", "anh") is matched by its trigram LIKE, which reads one or two posting lists instead
 * of hundreds.
 */
export const WORD_INDEX_MAX_EXPANSION = 64;
/**
 * A typed word the word index can answer: letters only, the same a–z runs search_words and
 * lookup_words are split into, so "search_key contains it" is exactly "one of its words contains
 * it".
 */
export const indexableWord = (w: string) => w.length >= WORD_INDEX_MIN_LENGTH && /^[a-z]+$/.test(w);

/** The words a text match looks for (typed words, or every reading of them). */
export function wordsOf(text: TextMatch): string[] {
  if (text.mode === 'exact') return text.words;
  if (text.mode === 'similar') return [...new Set(text.alternatives.flat())];
  return [];
}

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
/**
 * search_key contains one of `typed` (an OR of readings): words the vocabulary expanded become one
 * `search_words && '{…}'` — the array sent as a value, so the planner reads the column's element
 * statistics for these very words (a bitmap over the word index when they are rare, a scan with
 * LIMIT when common) —, the others a trigram LIKE each.
 */
function containsAny(t: TableCols, typed: string[], vocabulary: Vocabulary | undefined): SQL {
  const expanded = new Set<string>();
  const rest: string[] = [];
  for (const w of typed) {
    const words = vocabulary?.get(w);
    if (words) for (const v of words) expanded.add(v);
    else rest.push(w);
  }
  const like = rest.map((w) => contains(t.searchKey, w));
  const viaIndex = typed.length > rest.length;
  if (!viaIndex) return or(...like)!;
  // No row has a word containing these (lookup_words holds every word of every row): the
  // planner folds the WHERE to false and reads nothing — a mistyped word costs no scan.
  if (expanded.size === 0) return like.length > 0 ? or(...like)! : sql`false`;
  // Letters only (indexableWord), so the literal needs no quoting.
  const literal = `{${[...expanded].sort().join(',')}}`;
  return or(sql`${t.searchWords} && ${literal}::text[]`, ...like)!;
}
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
  searchWords: PgColumn;
  /** The sort name: name_key (agencies have none: their search_key, which starts with the name). */
  sortName: PgColumn;
  /** "The name starts with / contains q": name_key, or the start of search_key for agencies. */
  nameKey: PgColumn | null;
  provinceCode: PgColumn;
  communeCode: PgColumn;
  latitude: PgColumn | null;
  longitude: PgColumn | null;
};

export const COLS: Record<DirectoryKind, TableCols> = {
  agencies: {
    id: agencies.id,
    searchKey: agencies.searchKey,
    searchWords: agencies.searchWords,
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
    searchWords: employers.searchWords,
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
    searchWords: collectionPoints.searchWords,
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
    searchWords: t.searchWords,
    sortName: t.nameKey,
    nameKey: t.nameKey,
    provinceCode: t.provinceCode,
    communeCode: t.communeCode,
    latitude: t.latitude,
    longitude: t.longitude,
  };
}

/** The WHERE of one search: text, place, directory-specific filters, radius. */
export function whereOf(kind: DirectoryKind, c: DirectoryCriteria): SQL | undefined {
  const t = COLS[kind];
  if (c.ids) return inArray(t.id, c.ids);
  const parts: (SQL | undefined)[] = [];
  if (c.text.mode === 'exact') {
    const { vocabulary } = c.text;
    const words = and(...c.text.words.map((w) => containsAny(t, [w], vocabulary)));
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
    // Every typed word as one of its readings, each reading a substring as above.
    const { vocabulary } = c.text;
    parts.push(and(...c.text.alternatives.map((alts) => containsAny(t, alts, vocabulary))));
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
export function distanceOf(kind: DirectoryKind, c: DirectoryCriteria): SQL<number | null> {
  const t = COLS[kind];
  return c.near && t.latitude && t.longitude
    ? distanceKm(t.latitude, t.longitude, c.near)
    : sql<number | null>`null::float8`;
}

export function orderOf(kind: DirectoryKind, c: DirectoryCriteria): SQL[] {
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
