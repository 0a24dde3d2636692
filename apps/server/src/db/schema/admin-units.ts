import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** The 34 provinces in force since 1 July 2025 (GSO codes, 2 digits). */
export const provinces = pgTable('provinces', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  type: text('type').notNull(),
  searchKey: text('search_key').notNull(),
});

/** The 3,321 communes (xã, phường, đặc khu) in force since 1 July 2025. */
export const communes = pgTable(
  'communes',
  {
    code: text('code').primaryKey(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    name: text('name').notNull(),
    type: text('type').notNull(),
    searchKey: text('search_key').notNull(),
  },
  (t) => [index('communes_province_idx').on(t.provinceCode)],
);

/** Pre-2025 provinces (63), kept to read old addresses on existing records. */
export const oldProvinces = pgTable('old_provinces', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  searchKey: text('search_key').notNull(),
});

export const oldDistricts = pgTable(
  'old_districts',
  {
    code: text('code').primaryKey(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => oldProvinces.code),
    name: text('name').notNull(),
    searchKey: text('search_key').notNull(),
  },
  (t) => [index('old_districts_province_idx').on(t.provinceCode)],
);

export const oldCommunes = pgTable(
  'old_communes',
  {
    code: text('code').primaryKey(),
    districtCode: text('district_code').references(() => oldDistricts.code),
    provinceCode: text('province_code')
      .notNull()
      .references(() => oldProvinces.code),
    name: text('name').notNull(),
    searchKey: text('search_key').notNull(),
  },
  (t) => [index('old_communes_district_idx').on(t.districtCode)],
);

/**
 * Old commune → new commune links of the 2025 merger. `full` means the whole old commune
 * went into the new one; `partial` means only part of it did (an old address then has
 * several candidates and the person chooses).
 */
export const communeSuccessions = pgTable(
  'commune_successions',
  {
    oldCode: text('old_code').notNull(),
    newCode: text('new_code')
      .notNull()
      .references(() => communes.code),
    kind: text('kind', { enum: ['full', 'partial'] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.oldCode, t.newCode] }),
    index('commune_successions_new_idx').on(t.newCode),
  ],
);
