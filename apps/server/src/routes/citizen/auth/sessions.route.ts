import { sessionIdParamSchema, sessionListSchema } from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { citizenOnly, SESSION_SECURITY } from '../../../lib/route-guards.ts';
import { errors, noContent } from '../../http.ts';

/** "Thiết bị đang đăng nhập": GET /api/auth/sessions, DELETE /api/auth/sessions/:id. */
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const auth = () => app.runtime.services.security.auth;

  app.get(
    '/sessions',
    {
      schema: {
        tags: ['auth'],
        summary: 'Các thiết bị đang đăng nhập (thiết bị, thời gian)',
        security: SESSION_SECURITY,
        response: { 200: sessionListSchema, ...errors(401, 403) },
      },
      preValidation: citizenOnly(),
    },
    async (req) => auth().listSessions(req.auth!),
  );

  app.delete(
    '/sessions/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đăng xuất một thiết bị',
        security: SESSION_SECURITY,
        params: sessionIdParamSchema,
        response: { 204: noContent, ...errors(400, 401, 403, 404) },
      },
      preValidation: citizenOnly(),
    },
    async (req, reply) => {
      await auth().endSession(req.auth!, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
