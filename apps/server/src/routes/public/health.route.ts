import { healthResponseSchema } from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DB_RETRY_AFTER_SECONDS } from '../../lib/db-errors.ts';

const PING_TIMEOUT_MS = 2_000;

/** GET /api/health — 200 when the database answers, 503 when it does not. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Tình trạng hệ thống (kiểm tra cả cơ sở dữ liệu)',
        response: { 200: healthResponseSchema, 503: healthResponseSchema },
      },
    },
    async (_req, reply) => {
      const { database } = app.runtime;
      const ok = await ping(() => database.executeSql('select 1'));
      // Like every answer during an outage (plugins/error-handler.ts): retry later.
      if (!ok) reply.header('retry-after', String(DB_RETRY_AFTER_SECONDS));
      return reply.status(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'degraded',
        database: ok ? 'ok' : 'unavailable',
        driver: database.driver,
        version: '0.1.0',
      });
    },
  );
};

async function ping(query: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  try {
    return await Promise.race([query().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
