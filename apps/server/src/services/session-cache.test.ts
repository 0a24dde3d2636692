import { describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import type { ListenHandlers } from '../db/listener.ts';
import type { SessionWithAccount } from '../repositories/session.repository.ts';
import { SessionCache } from './session-cache.ts';

/** A cache on a fake clock, listening to a fake database whose notifications the test sends. */
async function setup(ttlMs = 5_000) {
  let t = 0;
  const cache = new SessionCache(ttlMs, 4, () => t);
  let handlers: ListenHandlers | undefined;
  const database = {
    listen: async (_channel: string, h: ListenHandlers) => {
      handlers = h;
      h.state(true);
      return { close: async () => {} };
    },
  } as unknown as Database;
  await cache.listen(database);
  return {
    cache,
    advance: (ms: number) => {
      t += ms;
    },
    notify: (key: string) => handlers!.message(key),
    connection: (up: boolean) => handlers!.state(up),
  };
}
const row = (session: string, account: string) =>
  ({ session: { id: session }, account: { id: account } }) as unknown as SessionWithAccount;

describe('SessionCache', () => {
  it('keeps an entry for the TTL only', async () => {
    const { cache, advance } = await setup();
    cache.put('s1', row('s1', 'a1'), cache.ticket());
    advance(4_999);
    expect(cache.get('s1')).toBeDefined();
    advance(1);
    expect(cache.get('s1')).toBeUndefined();
  });

  it('drops a session, or every session of an account, on notification', async () => {
    const { cache, notify } = await setup();
    for (const [s, a] of [
      ['s1', 'a1'],
      ['s2', 'a1'],
      ['s3', 'a2'],
    ] as const)
      cache.put(s, row(s, a), cache.ticket());
    notify('s:s3');
    expect(cache.get('s3')).toBeUndefined();
    expect(cache.get('s1')).toBeDefined();
    notify('a:a1');
    expect(cache.get('s1')).toBeUndefined();
    expect(cache.get('s2')).toBeUndefined();
  });

  it('does not store a read that overlapped an invalidation', async () => {
    const { cache, notify } = await setup();
    const ticket = cache.ticket();
    notify('s:other');
    cache.put('s1', row('s1', 'a1'), ticket);
    expect(cache.get('s1')).toBeUndefined();
  });

  it('keeps a key it revoked itself out until its own notification came back', async () => {
    const { cache, notify, advance } = await setup();
    cache.hold('a:a1');
    cache.put('s1', row('s1', 'a1'), cache.ticket());
    expect(cache.get('s1')).toBeUndefined();
    notify('a:a1');
    cache.put('s1', row('s1', 'a1'), cache.ticket());
    expect(cache.get('s1')).toBeDefined();
    // A hold whose notification never comes (a rolled-back change) ends by itself.
    cache.hold('s:s2');
    advance(2_001);
    cache.put('s2', row('s2', 'a2'), cache.ticket());
    expect(cache.get('s2')).toBeDefined();
  });

  it('serves nothing while not listening, and starts empty when listening again', async () => {
    const { cache, connection } = await setup();
    cache.put('s1', row('s1', 'a1'), cache.ticket());
    connection(false);
    expect(cache.active).toBe(false);
    cache.put('s1', row('s1', 'a1'), cache.ticket());
    expect(cache.get('s1')).toBeUndefined();
    connection(true);
    expect(cache.get('s1')).toBeUndefined();
    expect(cache.listens).toBe(2);
  });

  it('stays bounded: the oldest entries go first', async () => {
    const { cache } = await setup();
    for (let i = 0; i < 6; i++) cache.put(`s${i}`, row(`s${i}`, `a${i}`), cache.ticket());
    expect(cache.size).toBeLessThanOrEqual(4);
    expect(cache.get('s5')).toBeDefined();
    expect(cache.get('s0')).toBeUndefined();
  });
});
