import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { simpleParser } from 'mailparser';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.ts';
import { listPage, messagePage } from './mail-pages.ts';

const idParams = z.object({ id: z.uuid() });

/**
 * /dev/mail — the embedded mailbox (development only; never registered in production).
 * HTML pages for people, /dev/mail/api/messages for tests that read an OTP or a password.
 */
export const devMailRoutes: FastifyPluginAsyncZod = async (app) => {
  const repo = app.runtime.repos.devMailbox;
  const hide = { hide: true };

  app.get('/', { schema: hide }, async (_req, reply) => {
    const mails = await repo.list(200);
    return reply
      .type('text/html; charset=utf-8')
      .send(listPage(mails, app.runtime.mailbox !== null));
  });

  app.get('/api/messages', { schema: hide }, async () => {
    const mails = await repo.list(500);
    return Promise.all(
      mails.map(async (m) => {
        const full = await repo.get(m.id);
        const parsed = await simpleParser(full!.raw);
        return {
          id: m.id,
          to: m.envelopeTo,
          subject: m.subject,
          messageId: m.messageId,
          receivedAt: m.receivedAt.toISOString(),
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          attachments: parsed.attachments.map((a, i) => ({
            index: i,
            filename: a.filename ?? null,
            contentType: a.contentType,
            size: a.size,
          })),
        };
      }),
    );
  });

  app.delete('/api/messages', { schema: hide }, async (_req, reply) => {
    await repo.clear();
    return reply.status(204).send(null);
  });

  app.get('/:id', { schema: { ...hide, params: idParams } }, async (req, reply) => {
    const mail = await repo.get(req.params.id);
    if (!mail) throw AppError.notFound();
    const parsed = await simpleParser(mail.raw);
    return reply.type('text/html; charset=utf-8').send(messagePage(mail.id, parsed));
  });

  app.get(
    '/:id/attachments/:index',
    { schema: { ...hide, params: idParams.extend({ index: z.coerce.number().int().min(0) }) } },
    async (req, reply) => {
      const mail = await repo.get(req.params.id);
      const att = mail ? (await simpleParser(mail.raw)).attachments[req.params.index] : undefined;
      if (!att) throw AppError.notFound();
      const name = encodeURIComponent(att.filename ?? `attachment-${req.params.index}`);
      return reply
        .type(att.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${name}`)
        .header('x-content-type-options', 'nosniff')
        .send(att.content);
    },
  );
};
