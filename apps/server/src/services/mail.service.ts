import type { Logger } from 'pino';
import type { OutboxAttachment } from '../db/schema/index.ts';
import {
  type TemplateData,
  type TemplateName,
  templates,
} from '../integrations/mail/templates/index.ts';
import type { MailTransport } from '../integrations/mail/transport.ts';
import type { JobQueue } from '../jobs/queue.ts';
import type { OutboxRepository } from '../repositories/outbox.repository.ts';

export const MAIL_QUEUE = 'mail.deliver';
const LEASE_SECONDS = 120;
/** A queued mail still pending after this long lost its job (or used its retries): queue again. */
const STRANDED_AFTER_SECONDS = 3600;

export type MailServiceDeps = {
  outbox: OutboxRepository;
  queue: JobQueue;
  transport: () => MailTransport;
  from: string;
  messageIdDomain: string;
  log: Logger;
};

/**
 * Sending mail = writing an outbox row, then a queued job delivers it. Delivery claims the row
 * first, so retries and several workers never send one mail twice while it is being sent.
 */
export function mailService(d: MailServiceDeps) {
  async function enqueue(id: string): Promise<void> {
    await d.queue.send(MAIL_QUEUE, { outboxId: id });
    await d.outbox.markEnqueued(id);
  }

  return {
    /** Renders a template into the outbox and queues its delivery. Returns the outbox id. */
    async send<N extends TemplateName>(
      template: N,
      to: string,
      data: TemplateData<N>,
      attachments: OutboxAttachment[] = [],
    ): Promise<string> {
      const rendered = templates[template](data as never);
      const id = await d.outbox.insert({ template, toAddress: to, ...rendered, attachments });
      try {
        await enqueue(id);
      } catch (err) {
        // The row is written: the sweeper will queue it. The caller's action still succeeded.
        d.log.warn({ err: (err as Error).message, outboxId: id }, 'mail enqueue failed');
      }
      return id;
    },

    /** The queue job: deliver one outbox row (no-op when already sent or claimed elsewhere). */
    async deliver(outboxId: string): Promise<void> {
      const row = await d.outbox.claim(outboxId, LEASE_SECONDS);
      if (!row) return;
      const messageId = `<${row.id}@${d.messageIdDomain}>`;
      try {
        await d.transport().send({
          from: d.from,
          to: row.toAddress,
          subject: row.subject,
          html: row.html,
          text: row.text,
          messageId,
          attachments: row.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: Buffer.from(a.contentBase64, 'base64'),
          })),
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

    /** Re-queues mail whose job was lost; safe to run on every instance. */
    async sweep(): Promise<number> {
      const ids = await d.outbox.findStranded(STRANDED_AFTER_SECONDS);
      for (const id of ids) await enqueue(id);
      return ids.length;
    },
  };
}
export type MailService = ReturnType<typeof mailService>;
