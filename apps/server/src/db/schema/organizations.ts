import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { communes, provinces } from './admin-units.ts';

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
    searchKey: text('search_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('agencies_province_idx').on(t.provinceCode)],
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
