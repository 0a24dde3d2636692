import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes, provinces } from './admin-units.ts';
import { searchWords, searchWordsIndex } from './search-words.ts';

/** A social-insurance agency (cơ quan BHXH) that receives registrations. */
export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    communeCode: text('commune_code').references(() => communes.code),
    address: text('address').notNull(),
    phone: text('phone').notNull(),
    email: text('email'),
    /** searchKey(name + address + commune + province): what the public lookup matches. */
    searchKey: text('search_key').notNull(),
    searchWords: searchWords(),
    /** 'province' = BHXH tỉnh/thành phố; 'base' = BHXH cơ sở. */
    kind: text('kind', { enum: ['province', 'base'] })
      .notNull()
      .default('province'),
    workingHours: text('working_hours'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** Generated demonstration data, shown with a "Dữ liệu minh hoạ" mark until replaced. */
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    index('agencies_province_idx').on(t.provinceCode),
    index('agencies_search_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    searchWordsIndex('agencies', t.searchWords),
    index('agencies_lat_idx').on(t.latitude),
  ],
);

/** An organization running a registration drive (a university first). */
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['university', 'employer'] }).notNull(),
  provinceCode: text('province_code')
    .notNull()
    .references(() => provinces.code),
  address: text('address').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
});
