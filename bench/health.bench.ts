import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { createRuntime } from '../apps/server/src/runtime.ts';
import { load, report } from './load.ts';

/**
 * /api/health of the real app (database ping included) beside a bare Fastify server answering
 * the same route with a constant, in the same run. The ratio is the cost of our stack per request.
 */
export async function healthBench(driver: 'pglite' | 'postgres', seconds: number): Promise<void> {
  const bare = Fastify();
  bare.get('/api/health', async () => ({
    status: 'ok',
    database: 'ok',
    driver: 'pglite',
    version: '0.1.0',
  }));
  await bare.listen({ port: 0, host: '127.0.0.1' });

  const config = loadConfig({ EMBEDDED_SMTP_PORT: '0', LOG_LEVEL: 'silent' });
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (driver === 'postgres' && !url) {
    console.log(
      '\n/api/health on PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)',
    );
    await bare.close();
    return;
  }
  const runtime = await createRuntime({
    config,
    log: pino({ level: 'silent' }),
    database: driver === 'pglite' ? { driver, dir: null } : { driver, url: url!, poolSize: 10 },
    seed: { adminUnits: false, demo: false },
  });
  const app = await buildApp(runtime);
  await app.listen({ port: 0, host: '127.0.0.1' });

  const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/api/health`;
  const appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/health`;
  await load('warm-up', appUrl, { seconds: 1 });
  const rows = [
    await load('bare Fastify (baseline)', bareUrl, { seconds }),
    await load(`VssID /api/health (${driver})`, appUrl, { seconds }),
  ];
  report(`GET /api/health on ${driver}, ${seconds}s each, 20 connections`, rows);

  await app.close();
  await runtime.close();
  await bare.close();
}
