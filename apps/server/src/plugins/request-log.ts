import type { FastifyInstance } from 'fastify';
import { scrubPath } from '../lib/log-scrub.ts';

/**
 * One log line per request. The path is logged without its query string, so nothing a
 * person typed into a URL (codes, tokens) reaches the logs, and with personal numbers in it
 * (a mã số BHXH in /api/admin/citizens/:bhxhCode/records, a CCCD) masked; `route` is the
 * pattern that answered.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  app.addHook('onResponse', async (req, reply) => {
    const path = scrubPath(req.url.split('?')[0] ?? '');
    req.log.info(
      {
        method: req.method,
        path,
        route: req.routeOptions.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
}
