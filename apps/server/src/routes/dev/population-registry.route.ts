import { text } from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const query = z.object({
  cccd: text({ max: 20 }),
  fullName: text({ max: 200 }),
  birthDate: text({ max: 20 }),
});

/**
 * /dev/population-registry/verify — the registry simulator over HTTP (development and tests
 * only, never in production), so the real HTTP client is exercised against it: 'down' answers
 * 503, 'slow' answers after the simulator's delay (or when the caller gives up).
 */
export const devPopulationRegistryRoutes: FastifyPluginAsyncZod = async (app) => {
  const simulator = app.runtime.services.registration.registrySimulator;
  if (!simulator) return;
  app.post('/verify', { schema: { hide: true, body: query } }, async (req, reply) => {
    const gone = new AbortController();
    // The caller gave up (its timeout): stop waiting, as a real registry would.
    reply.raw.on('close', () => {
      if (!reply.raw.writableEnded) gone.abort();
    });
    try {
      const result = await simulator.verifyCitizen(req.body, { signal: gone.signal });
      return { result };
    } catch {
      return reply.status(503).send({ error: 'unavailable' });
    }
  });
};
