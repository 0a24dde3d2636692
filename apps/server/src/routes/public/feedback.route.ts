import { apiErrorSchema, feedbackRequestSchema, feedbackResponseSchema } from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { langFromHeader } from '../../lib/lang.ts';

/** POST /api/feedback — "Góp ý" from the help centre; no sign-in needed. */
export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/feedback',
    {
      schema: {
        tags: ['help'],
        summary: 'Gửi góp ý',
        body: feedbackRequestSchema,
        response: {
          201: feedbackResponseSchema,
          400: apiErrorSchema,
          429: apiErrorSchema,
          503: apiErrorSchema,
        },
      },
    },
    async (req, reply) => {
      const lang = langFromHeader(req.headers['accept-language']);
      const result = await app.runtime.services.feedback.submit(req.body, lang, req.ip);
      return reply.status(201).send(result);
    },
  );
};
