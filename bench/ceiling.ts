import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import pg from 'pg';
import type { LoadResult } from './load.ts';

/**
 * The ceiling of a read route (issue 12): a bare Fastify route doing one primary-key select
 * through pg (pool 10) on the same database — no session, no ORM, no hooks. Whatever the app
 * answers slower than this is the app's own cost.
 */
export async function startCeiling(
  databaseUrl: string,
  query: { text: string; values: unknown[] },
): Promise<{ url: string; close: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const app = Fastify({ logger: false });
  app.get('/ceiling', async () => {
    const r = await pool.query(query.text, query.values);
    return r.rows[0] ?? null;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const check = await fetch(
    `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/ceiling`,
  );
  if ((await check.json()) === null) throw new Error(`ceiling query found nothing: ${query.text}`);
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/ceiling`,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}

/**
 * Loads `url` with autocannon in a child process, so the load generator does not share the
 * server's event loop (both servers of a comparison are measured the same way).
 */
export async function loadFromChild(
  name: string,
  url: string,
  o: { seconds: number; connections: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const args = ['--json', '-c', String(o.connections), '-d', String(o.seconds)];
  for (const [k, v] of Object.entries(o.headers ?? {})) args.push('-H', `${k}=${v}`);
  const { stdout } = await promisify(execFile)('npx', ['autocannon', ...args, url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const r = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  return {
    name,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}
