import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../lib/clock.ts';

const advanceBody = z.object({ advanceSeconds: z.number().int().min(0).max(86_400) });

type MovableClock = Clock & { advance(ms: number): void };
const movable = (clock: Clock): clock is MovableClock =>
  typeof (clock as Partial<MovableClock>).advance === 'function';

/**
 * /dev/clock — the server's time for browser tests (TEST_CLOCK=1; the config refuses it in
 * production and app.ts mounts it only then). GET reads it, POST moves it forward, so a test
 * steps past a TOTP window or an OTP expiry instead of sleeping through it.
 */
export const devClockRoutes: FastifyPluginAsyncZod = async (app) => {
  const clock = app.runtime.clock;
  const hide = { hide: true };

  app.get('/', { schema: hide }, async () => ({ now: clock.now().toISOString() }));

  app.post(
    '/',
    // No session here: a test calls it from outside the browser, like /dev/mail/api.
    { schema: { ...hide, body: advanceBody }, config: { csrf: false } },
    async (req, reply) => {
      if (!movable(clock)) return reply.status(409).send({ error: 'clock is not adjustable' });
      clock.advance(req.body.advanceSeconds * 1000);
      return { now: clock.now().toISOString() };
    },
  );
};
