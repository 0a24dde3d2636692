import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { mailOutbox } from '../db/schema/index.ts';

export type OutboxRow = typeof mailOutbox.$inferSelect;
export type NewOutboxMail = {
  id: string;
  template: string;
  recipientMasked: string;
  /** The sealed content (mail.service seals and opens it). */
  content: string;
  /** Held this long first (an undoable decision's mail): not due, and cancellable, until then. */
  holdSeconds?: number;
};

const due = or(
  eq(mailOutbox.status, 'pending'),
  and(eq(mailOutbox.status, 'held'), lt(mailOutbox.lockedUntil, sql`now()`)),
  and(eq(mailOutbox.status, 'sending'), lt(mailOutbox.lockedUntil, sql`now()`)),
);

/** The mail outbox: rows are claimed atomically so two workers never send the same mail. */
export function outboxRepository(db: Db) {
  return {
    async insert({ holdSeconds, ...mail }: NewOutboxMail): Promise<void> {
      await db.insert(mailOutbox).values(
        holdSeconds
          ? {
              ...mail,
              status: 'held',
              lockedUntil: sql`now() + make_interval(secs => ${holdSeconds})`,
            }
          : mail,
      );
    },
    /**
     * A held mail that will never be sent (its decision was undone): true only when it was still
     * held, so a mail already claimed for sending can never be "cancelled" after the fact.
     */
    async cancel(id: string, reason: string): Promise<boolean> {
      const rows = await db
        .update(mailOutbox)
        .set({ status: 'cancelled', lockedUntil: null, content: null, lastError: reason })
        .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'held')))
        .returning({ id: mailOutbox.id });
      return rows.length === 1;
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
        .where(and(eq(mailOutbox.id, id), due))
        .returning();
      return row;
    },
    /** Delivered: the content (the only copy of any secret in it) goes, the metadata stays. */
    async markSent(id: string, messageId: string): Promise<void> {
      await db
        .update(mailOutbox)
        .set({
          status: 'sent',
          sentAt: sql`now()`,
          lockedUntil: null,
          lastError: null,
          messageId,
          content: null,
        })
        .where(eq(mailOutbox.id, id));
    },
    async release(id: string, error: string): Promise<void> {
      await db
        .update(mailOutbox)
        .set({ status: 'pending', lockedUntil: null, lastError: error.slice(0, 500) })
        .where(eq(mailOutbox.id, id));
    },
    /** Given up (undeliverable, or past the retention of pending mail): the content goes too. */
    async markFailed(id: string, error: string): Promise<void> {
      await db
        .update(mailOutbox)
        .set({ status: 'failed', lockedUntil: null, lastError: error.slice(0, 500), content: null })
        .where(eq(mailOutbox.id, id));
    },
    /**
     * Due mail that needs a job: never queued (the process died between commit and enqueue, or
     * the enqueue failed) once `unqueuedAfterSeconds` old, or queued long ago (job lost or
     * retries used up).
     */
    async findStranded(
      o: { unqueuedAfterSeconds: number; requeueAfterSeconds: number },
      limit = 100,
    ): Promise<string[]> {
      const rows = await db
        .select({ id: mailOutbox.id })
        .from(mailOutbox)
        .where(
          and(
            due,
            or(
              // A held mail whose delayed job should have taken it by now (ran early, or lost).
              and(
                eq(mailOutbox.status, 'held'),
                lt(
                  mailOutbox.lockedUntil,
                  sql`now() - make_interval(secs => ${o.unqueuedAfterSeconds})`,
                ),
              ),
              and(
                isNull(mailOutbox.enqueuedAt),
                lt(
                  mailOutbox.createdAt,
                  sql`now() - make_interval(secs => ${o.unqueuedAfterSeconds})`,
                ),
              ),
              lt(
                mailOutbox.enqueuedAt,
                sql`now() - make_interval(secs => ${o.requeueAfterSeconds})`,
              ),
            ),
          ),
        )
        .orderBy(mailOutbox.createdAt)
        .limit(limit);
      return rows.map((r) => r.id);
    },
    /** Undelivered mail older than the retention: its content is removed, the row marked failed. */
    async expire(olderThanSeconds: number): Promise<number> {
      const rows = await db
        .update(mailOutbox)
        .set({
          status: 'failed',
          lockedUntil: null,
          content: null,
          lastError: 'not delivered within the retention period',
        })
        .where(
          and(
            due,
            isNotNull(mailOutbox.content),
            lt(mailOutbox.createdAt, sql`now() - make_interval(secs => ${olderThanSeconds})`),
          ),
        )
        .returning({ id: mailOutbox.id });
      return rows.length;
    },
    async get(id: string): Promise<OutboxRow | undefined> {
      const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
      return row;
    },
  };
}
export type OutboxRepository = ReturnType<typeof outboxRepository>;
