import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * A person in the insurance records (sổ BHXH), keyed by the 10-digit mã số BHXH.
 * Exists whether or not the person has an app account.
 */
export const insuredPersons = pgTable(
  'insured_persons',
  {
    bhxhCode: text('bhxh_code').primaryKey(),
    fullName: text('full_name').notNull(),
    nameKey: text('name_key').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    gender: text('gender', { enum: ['male', 'female'] }).notNull(),
    idNumber: text('id_number'),
    phone: text('phone'),
    address: text('address'),
    provinceCode: text('province_code'),
    communeCode: text('commune_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('insured_persons_name_idx').on(t.nameKey, t.birthDate)],
);

/** Schemes a period of contributions belongs to (tabs BHXH, BHYT, BHTN, BHTNLĐ-BNN). */
export const SCHEMES = ['bhxh', 'bhyt', 'bhtn', 'bhtnld'] as const;

/** One line of "Quá trình tham gia": months from..to at one employer. Months are 'YYYY-MM'. */
export const participationPeriods = pgTable(
  'participation_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bhxhCode: text('bhxh_code')
      .notNull()
      .references(() => insuredPersons.bhxhCode),
    scheme: text('scheme', { enum: SCHEMES }).notNull(),
    fromMonth: text('from_month').notNull(),
    toMonth: text('to_month').notNull(),
    employerName: text('employer_name').notNull(),
    employerCode: text('employer_code'),
    position: text('position'),
    workplace: text('workplace'),
    contributionType: text('contribution_type'),
    currency: text('currency').notNull().default('VND'),
    /** Insured salary in integer đồng. */
    salary: bigint('salary', { mode: 'number' }),
    salaryCoefficient: numeric('salary_coefficient', { precision: 6, scale: 2 }),
    /** 'unpaid' = months the employer owes (chưa đóng): shown apart and not counted. */
    status: text('status', { enum: ['paid', 'unpaid'] })
      .notNull()
      .default('paid'),
  },
  (t) => [
    index('participation_periods_person_idx').on(t.bhxhCode, t.scheme, t.fromMonth),
    // Natural key of an imported line: re-importing the same file adds nothing.
    uniqueIndex('participation_periods_natural_uq').on(
      t.bhxhCode,
      t.scheme,
      t.fromMonth,
      t.toMonth,
      t.employerName,
      t.status,
    ),
  ],
);

export const BENEFIT_CATEGORIES = [
  'one_time',
  'sickness_maternity',
  'monthly',
  'unemployment',
] as const;

/** A benefit paid (Thông tin hưởng). Amount in integer đồng. */
export const benefits = pgTable(
  'benefits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bhxhCode: text('bhxh_code')
      .notNull()
      .references(() => insuredPersons.bhxhCode),
    category: text('category', { enum: BENEFIT_CATEGORIES }).notNull(),
    regime: text('regime').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    paidBy: text('paid_by').notNull(),
  },
  (t) => [
    index('benefits_person_idx').on(t.bhxhCode, t.category),
    uniqueIndex('benefits_natural_uq').on(t.bhxhCode, t.category, t.regime, t.fromDate),
  ],
);
