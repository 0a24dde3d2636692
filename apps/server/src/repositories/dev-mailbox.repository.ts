import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { devMailbox } from '../db/schema/index.ts';

export type StoredMail = typeof devMailbox.$inferSelect;

/** What the embedded SMTP server received, for /dev/mail and tests. */
export function devMailboxRepository(db: Db) {
  return {
    async store(m: {
      envelopeFrom: string | null;
      envelopeTo: string[];
      subject: string | null;
      messageId: string | null;
      raw: string;
    }): Promise<void> {
      await db.insert(devMailbox).values(m);
    },
    list(limit = 100): Promise<Omit<StoredMail, 'raw'>[]> {
      return db
        .select({
          id: devMailbox.id,
          envelopeFrom: devMailbox.envelopeFrom,
          envelopeTo: devMailbox.envelopeTo,
          subject: devMailbox.subject,
          messageId: devMailbox.messageId,
          receivedAt: devMailbox.receivedAt,
        })
        .from(devMailbox)
        .orderBy(desc(devMailbox.receivedAt))
        .limit(limit);
    },
    async get(id: string): Promise<StoredMail | undefined> {
      const rows = await db.select().from(devMailbox).where(eq(devMailbox.id, id)).limit(1);
      return rows[0];
    },
    async clear(): Promise<void> {
      await db.delete(devMailbox);
    },
  };
}
export type DevMailboxRepository = ReturnType<typeof devMailboxRepository>;
