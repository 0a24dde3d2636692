import {
  apiErrorSchema,
  linkTokenSchema,
  posterLinkRequestSchema,
  posterLinkSchema,
  reminderPrefillSchema,
} from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { draftToken } from './public/registration-token.ts';

/**
 * The public side of a drive's links (issue 13): "Đăng ký tài khoản" redeems a reminder link for
 * its one roster row's code and name, or a poster link for the drive's name. Signed (HMAC), so
 * nothing can be learnt by trying: a changed link is 400, an old one 410.
 */
export const driveLinkRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.reminders;
  const tags = ['registration'];
  app.post(
    '/drive-links/prefill',
    {
      schema: {
        tags,
        security: [],
        summary: 'Liên kết nhắc nhở → mã số BHXH và họ tên điền sẵn của đúng sinh viên đó',
        body: linkTokenSchema,
        response: { 200: reminderPrefillSchema, 400: apiErrorSchema, 410: apiErrorSchema },
      },
    },
    async (req) => svc.prefill(req.body.token),
  );
  app.post(
    '/drive-links/poster',
    {
      schema: {
        tags,
        security: [],
        summary: 'Mã QR của áp phích → tên đợt đăng ký; gắn hồ sơ đăng ký với đợt',
        body: posterLinkRequestSchema,
        response: {
          200: posterLinkSchema,
          400: apiErrorSchema,
          404: apiErrorSchema,
          410: apiErrorSchema,
        },
      },
    },
    async (req) =>
      svc.posterLink(
        req.body.token,
        req.body.draftId ? { id: req.body.draftId, token: draftToken(req) } : undefined,
      ),
  );
};
