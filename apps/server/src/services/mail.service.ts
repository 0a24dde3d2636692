import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { type AttachmentSpec, renderAttachment } from '../integrations/mail/attachments.ts';
import {
  type TemplateData,
  type TemplateName,
  templates,
} from '../integrations/mail/templates/index.ts';
import type { MailTransport } from '../integrations/mail/transport.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { decryptField, encryptField } from '../lib/field-crypto.ts';
import { maskEmail } from '../lib/mask-email.ts';
import type { UnitOfWork } from '../lib/unit-of-work.ts';
import type { OutboxRepository } from '../repositories/outbox.repository.ts';

export const MAIL_QUEUE = 'mail.deliver';
const LEASE_SECONDS = 120;
/** How often every instance looks for mail without a job (cheap: an indexed query). */
export const MAIL_SWEEP_INTERVAL_MS = 5_000;
/** A row never queued after this long lost its after-commit enqueue (process died): queue it. */
const UNQUEUED_AFTER_SECONDS = 5;
/** A queued mail still pending after this long lost its job (or used its retries): queue again. */
const REQUEUE_AFTER_SECONDS = 3600;
/** Undelivered content is kept at most this long (an OTP or a link is long dead by then). */
export const MAIL_CONTENT_RETENTION_SECONDS = 7 * 24 * 3600;

/** What a mail says; sealed in the row, opened only by the delivery job. */
type OutboxContent = { to: string; data: unknown; attachments: AttachmentSpec[] };

export type MailServiceDeps = {
  outbox: OutboxRepository;
  queue: JobQueue;
  uow: UnitOfWork;
  transport: () => MailTransport;
  from: string;
  messageIdDomain: string;
  /** AES-256-GCM key for the content at rest (secrets.mailKey). */
  key: Buffer;
  log: Logger;
};

/**
 * Sending mail = writing an outbox row inside the unit of work of the change that causes it;
 * after the commit a queued job renders and delivers it. Delivery claims the row first, so
 * retries and several workers never send one mail twice while it is being sent, and removes the
 * content once the relay accepted it.
 */
export function mailService(d: MailServiceDeps) {
  const context = (id: string) => `mail_outbox.content:${id}`;

  async function enqueue(id: string, startAfterSeconds?: number): Promise<void> {
    await d.queue.send(
      MAIL_QUEUE,
      { outboxId: id },
      startAfterSeconds ? { startAfter: startAfterSeconds } : undefined,
    );
    await d.outbox.markEnqueued(id);
  }

  return {
    /**
     * Writes the mail into the current unit of work (it commits with the change or not at all)
     * and queues its delivery after the commit. Returns the outbox id. Outside a unit of work
     * this throws: a mail written apart from its change is the crash window this closes.
     */
    async send<N extends TemplateName>(
      template: N,
      to: string,
      data: TemplateData<N>,
      attachments: AttachmentSpec[] = [],
      /**
       * `id`: a known outbox id (an undoable decision derives it, to cancel it later);
       * `holdSeconds`: the mail is held (not sent, cancellable with `cancel`) this long first.
       */
      o: { id?: string; holdSeconds?: number } = {},
    ): Promise<string> {
      if (!d.uow.active()) throw new Error(`mail '${template}' sent outside a unit of work`);
      await d.uow.point(`outbox:${template}`);
      const id = o.id ?? randomUUID();
      const content: OutboxContent = { to, data, attachments };
      await d.outbox.insert({
        id,
        template,
        recipientMasked: maskEmail(to) ?? '•••••',
        content: encryptField(d.key, JSON.stringify(content), context(id)),
        ...(o.holdSeconds ? { holdSeconds: o.holdSeconds } : {}),
      });
      // A held mail's job starts when the hold ends (a job that comes early finds it not due and
      // does nothing; the sweeper then queues it again).
      d.uow.afterCommit(() => enqueue(id, o.holdSeconds ? o.holdSeconds + 1 : undefined));
      return id;
    },

    /**
     * Cancels a held mail inside the current unit of work: true when it was still held (it will
     * never be sent), false when it is already being sent or gone.
     */
    async cancel(id: string, reason: string): Promise<boolean> {
      if (!d.uow.active()) throw new Error('mail cancelled outside a unit of work');
      return d.outbox.cancel(id, reason);
    },

    /** The queue job: deliver one outbox row (no-op when already sent or claimed elsewhere). */
    async deliver(outboxId: string): Promise<void> {
      const row = await d.outbox.claim(outboxId, LEASE_SECONDS);
      if (!row) return;
      let mail: OutboxContent;
      try {
        mail = JSON.parse(decryptField(d.key, row.content ?? '', context(row.id)));
      } catch (err) {
        // Another key (APP_SECRET changed) or no content: no retry can deliver it.
        await d.outbox.markFailed(row.id, `content cannot be opened: ${(err as Error).message}`);
        d.log.error({ outboxId, template: row.template }, 'mail content cannot be opened');
        return;
      }
      const messageId = `<${row.id}@${d.messageIdDomain}>`;
      try {
        const rendered = templates[row.template as TemplateName](mail.data as never);
        await d.transport().send({
          from: d.from,
          to: mail.to,
          ...rendered,
          messageId,
          attachments: await Promise.all(mail.attachments.map(renderAttachment)),
        });
      } catch (err) {
        await d.outbox.release(row.id, (err as Error).message);
        d.log.warn(
          { outboxId, attempt: row.attempts, err: (err as Error).message },
          'mail delivery failed; will retry',
        );
        throw err;
      }
      await d.outbox.markSent(row.id, messageId);
      d.log.info({ outboxId, template: row.template }, 'mail delivered');
    },

    /**
     * Queues mail without a job (never queued, or whose job was lost) and gives up content past
     * its retention; safe to run on every instance, and run every few seconds.
     */
    async sweep(): Promise<number> {
      await d.outbox.expire(MAIL_CONTENT_RETENTION_SECONDS);
      const ids = await d.outbox.findStranded({
        unqueuedAfterSeconds: UNQUEUED_AFTER_SECONDS,
        requeueAfterSeconds: REQUEUE_AFTER_SECONDS,
      });
      for (const id of ids) await enqueue(id);
      return ids.length;
    },
  };
}
export type MailService = ReturnType<typeof mailService>;
