import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { mailOutbox, type OutboxAttachment } from '../db/schema/index.ts';

export type OutboxRow = typeof mailOutbox.$inferSelect;
export type NewOutboxMail = {
  template: string;
  toAddress: string;
  subject: string;
  html: string;
  text: string;
  attachments?: OutboxAttachment[];
};

/** The mail outbox: rows are claimed atomically so two workers never send the same mail. */
export function outboxRepository(db: Db) {
  return {
    async insert(mail: NewOutboxMail): Promise<string> {
      const [row] = await db
        .insert(mailOutbox)
        .values({ ...mail, attachments: mail.attachments ?? [] })
        .returning({ id: mailOutbox.id });
      return row!.id;
    },
    async markEnqueued(id: string): Promise<void> {
      await db.update(mailOutbox).set({ enqueuedAt: sql`now()` }).where(eq(mailOutbox.id, id));
    },
    /** Takes the row for sending unless it is sent or another worker holds a live claim. */
    async claim(id: string, leaseSeconds: number): Promise<OutboxRow | undefined> {
      const [row] = await db
        .update(mailOutbox)
        .set({
          status: 'sending',
          attempts: sql`${mailOutbox.attempts} + 1`,
          lockedUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
        })
        .where(
          and(
            eq(mailOutbox.id, id),
            or(
              eq(mailOutbox.status, 'pending'),
              and(eq(mailOutbox.status, 'sending'), lt(mailOutbox.lockedUntil, sql`now()`)),
            ),
          ),
        )
        .returning();
      return row;
    },
    async markSent(id: string, messageId: string): Promise<void> {
      await db
        .update(mailOutbox)
        .set({ status: 'sent', sentAt: sql`now()`, lockedUntil: null, lastError: null, messageId })
        .where(eq(mailOutbox.id, id));
    },
    async release(id: string, error: string): Promise<void> {
      await db
        .update(mailOutbox)
        .set({ status: 'pending', lockedUntil: null, lastError: error.slice(0, 500) })
        .where(eq(mailOutbox.id, id));
    },
    /** Pending mail whose job was never queued or was queued long ago (lost or exhausted). */
    async findStranded(olderThanSeconds: number, limit = 100): Promise<string[]> {
      const rows = await db
        .select({ id: mailOutbox.id })
        .from(mailOutbox)
        .where(
          and(
            or(
              eq(mailOutbox.status, 'pending'),
              and(eq(mailOutbox.status, 'sending'), lt(mailOutbox.lockedUntil, sql`now()`)),
            ),
            or(
              isNull(mailOutbox.enqueuedAt),
              lt(mailOutbox.enqueuedAt, sql`now() - make_interval(secs => ${olderThanSeconds})`),
            ),
            lt(mailOutbox.createdAt, sql`now() - interval '5 seconds'`),
          ),
        )
        .limit(limit);
      return rows.map((r) => r.id);
    },
    async get(id: string): Promise<OutboxRow | undefined> {
      const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
      return row;
    },
  };
}
export type OutboxRepository = ReturnType<typeof outboxRepository>;
