import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, eventually, freshDatabase, TEST_DRIVER } from './helpers.ts';
import { freePort, type ServerProcess, startServer } from './process-helpers.ts';
import { PASSWORD, PEOPLE, seedAuthFixture } from './support/auth-fixture.ts';
import { TcpProxy } from './support/tcp-proxy.ts';

/**
 * Database faults under load (issue 10, item 2): connections killed by the server
 * (pg_terminate_backend) and the network to PostgreSQL cut. The server runs as its own process, so
 * a crash (an unhandled 'error' event of a pg client) is seen as an exit. Every answer is a success
 * or a 503 with Retry-After — never a 500 — and the app recovers without a restart.
 */

type Answer = { what: string; status: number; retryAfter: string | null; body: string };

let ip = 0;
const nextIp = () => `203.0.${Math.floor(++ip / 250)}.${(ip % 250) + 1}`;

/** One of each request kind that needs the database: a lookup (a transaction), sign-in, health. */
async function oneRound(base: string): Promise<Answer[]> {
  const call = async (what: string, p: Promise<Response>): Promise<Answer> => {
    try {
      const res = await p;
      const body = await res.text();
      return { what, status: res.status, retryAfter: res.headers.get('retry-after'), body };
    } catch (err) {
      // No answer in time (a request stuck on a leaked connection) or no server any more.
      return { what, status: 0, retryAfter: null, body: String(err) };
    }
  };
  const signal = AbortSignal.timeout(15_000);
  const headers = { 'x-forwarded-for': nextIp(), 'content-type': 'application/json' };
  return Promise.all([
    // A typo: nothing matches exactly, so the search reads the vocabulary too (more statements,
    // some inside the transaction of idsOf).
    call('search', fetch(`${base}/api/lookups/employers?q=cong%20ty%20bxah`, { headers, signal })),
    call(
      'login',
      fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers,
        signal,
        body: JSON.stringify({ bhxhCode: PEOPLE.citizenA.bhxhCode, password: PASSWORD }),
      }),
    ),
    call('health', fetch(`${base}/api/health`, { signal })),
  ]);
}

const ok = (a: Answer) => a.status >= 200 && a.status < 300;
/** What an answer may be while the database is failing: a success, or a retryable 503. */
const acceptable = (a: Answer) => ok(a) || (a.status === 503 && a.retryAfter !== null);

describe.runIf(TEST_DRIVER === 'postgres')('database faults (PostgreSQL)', () => {
  let dbUrl: string;
  let drop: () => Promise<void>;
  let proxy: TcpProxy;
  let server: ServerProcess;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vssid-db-faults-'));

  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    dbUrl = (fresh.options as { url: string }).url;
    // Migrate and seed the people through the app in this process, then serve from a child.
    const seeding = await createTestApp({ database: fresh.options, workers: false });
    await seedAuthFixture(seeding);
    await seeding.close();
    const u = new URL(dbUrl);
    proxy = new TcpProxy(await freePort(), { host: u.hostname, port: Number(u.port || 5432) });
    await proxy.up();
  });
  // Each test has its own server process: a crash in one does not hide the other's result.
  beforeEach(async () => {
    server = await startServer({
      DATABASE_URL: proxy.via(dbUrl),
      DATABASE_POOL_SIZE: '4',
      DATA_DIR: dataDir,
      APP_SECRET: 'f'.repeat(44),
      TRUST_PROXY_HOPS: '1',
      LOGINS_PER_IP_PER_MINUTE: '100000',
    });
  });
  afterEach(() => {
    server?.proc.kill('SIGKILL');
  });
  afterAll(async () => {
    await proxy?.down();
    await drop?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const expectAlive = () =>
    expect(server.proc.exitCode, `the server exited:\n${server.logs().slice(-4000)}`).toBeNull();

  /** Waits until every request kind succeeds again (the app recovers by itself). */
  const recovered = () =>
    eventually(
      async () => {
        const round = await oneRound(server.url);
        return round.every(ok) ? round : undefined;
      },
      30_000,
      200,
    );

  it('survives its connections being terminated under load: 2xx or 503 + Retry-After, never 500', async () => {
    const killer = new pg.Client({ connectionString: dbUrl });
    await killer.connect();
    const answers: Answer[] = [];
    let stop = false;
    const load = Array.from({ length: 4 }, async () => {
      while (!stop && server.proc.exitCode === null) {
        answers.push(...(await oneRound(server.url)));
      }
    });
    let terminated = 0;
    try {
      for (let i = 0; i < 40 && server.proc.exitCode === null; i++) {
        // Kill whenever some requests have run since the last kill, so kills land mid-request.
        const seen = answers.length;
        await eventually(
          async () => (answers.length >= seen + 2 || stop ? true : undefined),
          20_000,
          5,
        );
        // Only this test's database (the brief of the shared server): never anyone else's.
        const r = await killer.query<{ n: number }>(
          `select count(*) filter (where pg_terminate_backend(pid))::int as n from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid()`,
        );
        terminated += r.rows[0]!.n;
      }
    } finally {
      stop = true;
      await Promise.all(load);
      await killer.end();
    }
    expectAlive();
    expect(terminated).toBeGreaterThan(10);
    const bad = answers.filter((a) => !acceptable(a));
    expect(bad.map((a) => `${a.what} ${a.status} ${a.body.slice(0, 200)}`)).toEqual([]);
    await recovered();
    expectAlive();
  });

  it('answers 503 + Retry-After while the network to PostgreSQL is cut, and recovers after', async () => {
    const during: Answer[] = [];
    let stop = false;
    const load = (async () => {
      while (!stop && server.proc.exitCode === null) during.push(...(await oneRound(server.url)));
    })();
    // Cut while requests are in flight (some hold a connection, some wait for one).
    await eventually(async () => (during.length >= 6 ? true : undefined), 20_000, 5);
    await proxy.down();
    const cutAt = during.length;
    // Everything that starts after the cut fails the same way: 503 with Retry-After.
    await eventually(async () => (during.length >= cutAt + 9 ? true : undefined), 60_000, 20);
    stop = true;
    await load;
    expectAlive();
    const bad = during.filter((a) => !acceptable(a));
    expect(bad.map((a) => `${a.what} ${a.status} ${a.body.slice(0, 200)}`)).toEqual([]);
    const last = during.slice(-3);
    expect(last.map((a) => [a.what, a.status])).toEqual([
      ['search', 503],
      ['login', 503],
      ['health', 503],
    ]);
    for (const a of last) expect(Number(a.retryAfter)).toBeGreaterThan(0);

    await proxy.up();
    await recovered();
    expectAlive();
  });
});
