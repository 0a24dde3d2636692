import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored here, so a
 * database leak does not hand out sessions. Idle (30 min) and absolute (12 h) limits are checked
 * on every request against `lastSeenAt` and `expiresAt`.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(), // sha256(token), hex
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['citizen', 'staff'] }).notNull(),
    /** 'partial' = password accepted, second factor pending (staff only). */
    stage: text('stage', { enum: ['partial', 'full'] })
      .notNull()
      .default('full'),
    csrfToken: text('csrf_token').notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    /** When the person last proved who they are (password or passkey): sensitive actions need < 5 min. */
    authenticatedAt: ts('authenticated_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/**
 * Consecutive failed sign-in attempts per login identifier, shared by every API instance. The key
 * is an HMAC of what was typed ('citizen:…' for a mã số BHXH, 'staff:…' for a username), not an
 * account id, so a code without an account locks exactly like one with: the lock itself must not
 * tell who has an account. `lockedUntil` is set at every 5th failure; `lockCount` grows the next
 * lock; at 100 failures nothing more is evaluated until a reset or a passkey sign-in clears the row.
 */
export const loginThrottles = pgTable('login_throttles', {
  key: text('key').primaryKey(),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  lockCount: integer('lock_count').notNull().default(0),
  lockedUntil: ts('locked_until'),
  updatedAt: ts('updated_at').notNull(),
});

/** Fixed-window counters for rate limits (per IP, per code, per day…), in the database. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(), // e.g. 'login:ip:203.0.113.5:29000000' (window start in the key)
  count: integer('count').notNull().default(0),
  expiresAt: ts('expires_at').notNull(),
});

/**
 * One-time codes sent by mail. Only an HMAC of the code is stored. `purpose` keeps a code
 * issued for registration from being accepted for a password reset and the other way round.
 */
export const otps = pgTable(
  'otps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose', {
      enum: ['registration', 'password_reset', 'email_change'],
    }).notNull(),
    /** What the code is about: a BHXH code, an account id, a registration id. */
    subject: text('subject').notNull(),
    codeHmac: text('code_hmac').notNull(),
    /** Wrong entries so far; the code is void at 5. Carried over when a new code is sent. */
    attempts: integer('attempts').notNull().default(0),
    sendCount: integer('send_count').notNull().default(1),
    lastSentAt: ts('last_sent_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    consumedAt: ts('consumed_at'),
    voidedAt: ts('voided_at'),
    createdAt: ts('created_at').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>(),
  },
  (t) => [index('otps_subject_idx').on(t.purpose, t.subject)],
);

/** WebAuthn credentials ("Đăng nhập bằng vân tay / khuôn mặt"). */
export const passkeys = pgTable(
  'passkeys',
  {
    id: text('id').primaryKey(), // credential id, base64url
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    publicKey: text('public_key').notNull(), // base64url COSE key
    counter: integer('counter').notNull().default(0),
    transports: jsonb('transports').$type<string[]>(),
    deviceType: text('device_type'),
    backedUp: boolean('backed_up').notNull().default(false),
    name: text('name').notNull(),
    createdAt: ts('created_at').notNull(),
    lastUsedAt: ts('last_used_at'),
  },
  (t) => [index('passkeys_account_idx').on(t.accountId)],
);

/** Random, single-use WebAuthn challenges, valid 5 minutes. */
export const webauthnChallenges = pgTable('webauthn_challenges', {
  challenge: text('challenge').primaryKey(),
  purpose: text('purpose', { enum: ['registration', 'authentication'] }).notNull(),
  accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

/** TOTP second factor for staff (otplib); the secret is stored encrypted at rest by the service. */
export const staffTotp = pgTable('staff_totp', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  /** The last accepted time step, so a code cannot be replayed within its window. */
  lastUsedStep: integer('last_used_step'),
  createdAt: ts('created_at').notNull(),
});

/**
 * Who did what to whose data: every officer view of an application or a record, every decision.
 * Also the source of the citizen's "who looked at my data" log (a later issue).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: ts('at').notNull().default(sql`now()`),
    actorAccountId: uuid('actor_account_id').references(() => accounts.id),
    actorRole: text('actor_role').notNull(),
    agencyId: uuid('agency_id'),
    action: text('action').notNull(), // e.g. 'registration.view', 'registration.approve'
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    /** The BHXH code whose data was touched, for the citizen's own access log. */
    subjectBhxhCode: text('subject_bhxh_code'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_agency_idx').on(t.agencyId, t.at),
    index('audit_log_subject_idx').on(t.subjectBhxhCode, t.at),
  ],
);
