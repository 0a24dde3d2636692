import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every mail the app sends is first a row here, written in the same transaction as the change
 * that caused it (lib/unit-of-work.ts). A queue job renders and delivers it; the status makes
 * delivery idempotent across retries.
 *
 * At rest the row holds no secret: what the mail says (recipient, template data — OTPs, emailed
 * passwords, status links — and what to attach) is one AES-256-GCM envelope in `content`, bound
 * to the row id, and it is set to null once the mail is delivered (or given up). What stays is
 * who/what/when: template, masked recipient, status, attempts, times, Message-ID.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    template: text('template').notNull(),
    /** "d•••••tran@example.com": enough to answer "which address?", not a list of addresses. */
    recipientMasked: text('recipient_masked').notNull(),
    /** The sealed OutboxContent; null once delivered or expired. */
    content: text('content'),
    /**
     * 'held': written by a decision that can still be undone; not due before `lockedUntil`
     * ('cancelled' when the decision was undone: never sent). Text, not a DB enum: no migration.
     */
    status: text('status', { enum: ['pending', 'held', 'sending', 'sent', 'failed', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** Last time a delivery job was queued; the sweeper queues rows never queued or whose job was lost. */
    enqueuedAt: timestamp('enqueued_at', { withTimezone: true }),
    lastError: text('last_error'),
    messageId: text('message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_status_idx').on(t.status, t.createdAt)],
);

/** What the embedded SMTP server received (development mailbox at /dev/mail). */
export const devMailbox = pgTable('dev_mailbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  envelopeFrom: text('envelope_from'),
  envelopeTo: jsonb('envelope_to').$type<string[]>().notNull(),
  subject: text('subject'),
  messageId: text('message_id'),
  raw: text('raw').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().default(sql`now()`),
});
