import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, TEST_DRIVER, waitFor } from './helpers.ts';
import { freePort, type ServerProcess, startServer } from './process-helpers.ts';
import { TcpProxy } from './support/tcp-proxy.ts';

// The embedded database lives inside the process and cannot become unreachable; this is about
// a PostgreSQL server going away, so it runs in the PostgreSQL pass of `npm test`.
describe.runIf(TEST_DRIVER === 'postgres')('when PostgreSQL becomes unreachable', () => {
  let server: ServerProcess;
  let outage: TcpProxy;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    const url = new URL((fresh.options as { url: string }).url);
    outage = new TcpProxy(await freePort(), { host: url.hostname, port: Number(url.port || 5432) });
    await outage.up();
    server = await startServer({ DATABASE_URL: outage.via(url.toString()) });
  });
  afterAll(async () => {
    server?.proc.kill('SIGKILL');
    await outage?.down();
    await drop?.();
  });

  it('answers 503 with a clear message, stays up, and recovers when the database returns', async () => {
    const post = () =>
      fetch(`${server.url}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ category: 'question', content: 'Khi nào có thẻ BHYT điện tử?' }),
      });
    expect((await post()).status).toBe(201);

    await outage.down();
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: 'unavailable' });
    const res = await post();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('DB_UNAVAILABLE');
    expect(body.error.message).toContain('tạm gián đoạn');
    expect(server.proc.exitCode).toBeNull();

    await outage.up();
    // The pool reconnects by itself: wait for the first write that succeeds.
    await waitFor(async () => (await post()).status === 201, {
      intervalMs: 200,
      what: 'a 201 after the database came back',
    });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});
