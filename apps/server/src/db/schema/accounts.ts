import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { insuredPersons } from './insurance-records.ts';
import { agencies } from './organizations.ts';

/**
 * Everyone who signs in. Citizens sign in with their mã số BHXH; officers with a username.
 * Kept in one table so sessions, lockouts and passkeys have one owner type, while the
 * `kind` column keeps citizen and staff access strictly apart.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['citizen', 'staff'] }).notNull(),
    bhxhCode: text('bhxh_code')
      .unique()
      .references(() => insuredPersons.bhxhCode),
    username: text('username').unique(),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    role: text('role', {
      enum: ['citizen', 'officer', 'supervisor', 'administrator', 'org_unit', 'org_faculty'],
    }).notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    displayName: text('display_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('accounts_agency_idx').on(t.agencyId)],
);
