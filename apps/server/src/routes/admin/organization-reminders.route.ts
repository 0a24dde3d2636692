import {
  apiErrorSchema,
  drivePosterSchema,
  reminderRequestSchema,
  reminderResultSchema,
} from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgStaffOnly, SESSION_SECURITY } from '../../lib/route-guards.ts';

/**
 * "Gửi nhắc nhở" and "In áp phích" of a drive (issue 13, contracts/organization-reminders.ts),
 * for organization staff; another organization's drive is 404, a "Cán bộ khoa" reminds only
 * their faculty's students.
 */
export const organizationReminderRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.reminders;
  const tags = ['organization'];
  const preValidation = orgStaffOnly();
  const drive = z.object({ id: z.uuid() });
  const errors = {
    400: apiErrorSchema,
    401: apiErrorSchema,
    403: apiErrorSchema,
    404: apiErrorSchema,
  };

  app.post(
    '/drives/:id/reminders',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Gửi nhắc nhở: thư có liên kết đăng ký riêng, tối đa một thư mỗi ngày',
        params: drive,
        body: reminderRequestSchema,
        response: { 200: reminderResultSchema, 409: apiErrorSchema, ...errors },
      },
    },
    async (req) => svc.remind(req.auth!, req.params.id, req.body),
  );
  app.get(
    '/drives/:id/poster',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Áp phích A4: tên đợt, hạn chót và mã QR "Quét mã để đăng ký VssID"',
        params: drive,
        response: { 200: drivePosterSchema, ...errors },
      },
    },
    async (req) => svc.poster(req.auth!, req.params.id),
  );
};
