import type { FastifyInstance } from 'fastify';

/**
 * One log line per request. The path is logged without its query string, so nothing a
 * person typed into a URL (codes, tokens) reaches the logs.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  app.addHook('onResponse', async (req, reply) => {
    const path = req.url.split('?')[0];
    req.log.info(
      {
        method: req.method,
        path,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
}
