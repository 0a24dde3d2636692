import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes, provinces } from './admin-units.ts';
import { agencies } from './organizations.ts';
import { searchWords, searchWordsIndex } from './search-words.ts';

/*
 * Public directories of "Tra cứu" (issue 6). Every table keeps:
 * - a natural code (unique) so a CSV import updates the same row instead of adding another;
 * - `name_key` = searchKey(name) and `search_key` = searchKey(name + address + commune + province),
 *   the latter with a pg_trgm GIN index (substring LIKE and word-similarity for typos);
 * - `demo` = generated demonstration data, shown as such until an officer replaces it;
 * - coordinates (WGS84) for "Gần tôi", where known.
 */

/** Health facilities (CSKCB): both "ký hợp đồng KCB BHYT" and "cấp giấy nghỉ việc hưởng BHXH". */
export const healthFacilities = pgTable(
  'health_facilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Mã CSKCB, 5 digits. */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    level: text('level', { enum: ['initial', 'basic', 'specialized'] }).notNull(),
    ownership: text('ownership', { enum: ['public', 'private'] }).notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    communeCode: text('commune_code').references(() => communes.code),
    address: text('address').notNull(),
    phone: text('phone'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    bhytContracted: boolean('bhyt_contracted').notNull().default(false),
    acceptsInitialRegistration: boolean('accepts_initial_registration').notNull().default(false),
    issuesSickLeave: boolean('issues_sick_leave').notNull().default(false),
    demo: boolean('demo').notNull().default(false),
    nameKey: text('name_key').notNull(),
    searchKey: text('search_key').notNull(),
    searchWords: searchWords(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    index('health_facilities_province_idx').on(t.provinceCode, t.nameKey),
    index('health_facilities_commune_idx').on(t.communeCode),
    index('health_facilities_search_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    searchWordsIndex('health_facilities', t.searchWords),
    index('health_facilities_lat_idx').on(t.latitude),
  ],
);

/** Employers and other units taking part in BHXH (đơn vị tham gia). No personal data. */
export const employers = pgTable(
  'employers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Mã đơn vị, e.g. "TA1234A". */
    unitCode: text('unit_code').notNull().unique(),
    /** Mã số thuế: 10 digits, or 10-3 for a branch. */
    taxCode: text('tax_code'),
    name: text('name').notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    communeCode: text('commune_code').references(() => communes.code),
    address: text('address').notNull(),
    agencyCode: text('agency_code')
      .notNull()
      .references(() => agencies.code),
    status: text('status', { enum: ['active', 'suspended', 'terminated'] }).notNull(),
    demo: boolean('demo').notNull().default(false),
    nameKey: text('name_key').notNull(),
    searchKey: text('search_key').notNull(),
    searchWords: searchWords(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    index('employers_province_idx').on(t.provinceCode, t.nameKey),
    index('employers_tax_code_idx').on(t.taxCode),
    // Listing a million employers by name without a province (no text) walks this index.
    index('employers_name_idx').on(t.nameKey),
    index('employers_search_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    searchWordsIndex('employers', t.searchWords),
  ],
);

/** Điểm thu and đại lý thu (collection points and agents). */
export const collectionPoints = pgTable(
  'collection_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['collection_point', 'agent'] }).notNull(),
    operator: text('operator'),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    communeCode: text('commune_code').references(() => communes.code),
    address: text('address').notNull(),
    phone: text('phone'),
    openingHours: text('opening_hours'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    demo: boolean('demo').notNull().default(false),
    nameKey: text('name_key').notNull(),
    searchKey: text('search_key').notNull(),
    searchWords: searchWords(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    index('collection_points_province_idx').on(t.provinceCode, t.nameKey),
    index('collection_points_commune_idx').on(t.communeCode),
    index('collection_points_search_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    searchWordsIndex('collection_points', t.searchWords),
    index('collection_points_lat_idx').on(t.latitude),
  ],
);

/**
 * Proof-of-work challenges of "Tra cứu mã số BHXH": issued per IP, single use (usedAt), short-lived.
 * Kept in the database so any API instance can check a challenge another one issued.
 */
export const lookupChallenges = pgTable(
  'lookup_challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    salt: text('salt').notNull(),
    difficulty: integer('difficulty').notNull(),
    /** HMAC of the requesting IP: a challenge solved elsewhere cannot be replayed from here. */
    ipKey: text('ip_key').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('lookup_challenges_expires_idx').on(t.expiresAt)],
);

/**
 * Every word (letters only, 2+) of the directories' search keys: the vocabulary the typo-tolerant
 * search corrects a mistyped word against ("bach mqi" → "mai"). Filled by statement triggers on
 * the four directory tables (migration 0008), so the seed, imports and edits all feed it.
 * Words are never removed: a stale word only offers a correction that then finds nothing.
 */
export const lookupWords = pgTable('lookup_words', { word: text('word').primaryKey() }, (t) => [
  index('lookup_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
]);
