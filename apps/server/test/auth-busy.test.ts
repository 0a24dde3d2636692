import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.ts';
import { citizenLogin, PASSWORD, PEOPLE, seedAuthFixture } from './support/auth-fixture.ts';

let t: TestApp;
beforeAll(async () => {
  // One argon2 at a time and two waiting: a flood overflows at once.
  t = await createTestApp({
    workers: false,
    env: { ARGON2_CONCURRENCY: '1', ARGON2_MAX_QUEUE: '2' },
  });
  await seedAuthFixture(t);
});
afterAll(async () => t.close());

describe('a flood of sign-ins', () => {
  it('gets 503 BUSY with Retry-After beyond the hashing capacity, never a crash', async () => {
    const flood = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        citizenLogin(t, `0177${String(100000 + i)}`, 'wrong', `198.18.0.${i + 1}`),
      ),
    );
    const statuses = flood.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(30);
    expect(statuses.every((s) => s === 401 || s === 503)).toBe(true);
    const busy = flood.find((r) => r.statusCode === 503)!;
    expect(busy.json().error.code).toBe('BUSY');
    expect(busy.headers['retry-after']).toBe('2');
    expect(t.runtime.services.security.passwords.stats()).toMatchObject({ active: 0, waiting: 0 });
    // Capacity comes back as soon as the flood is over.
    expect((await citizenLogin(t, PEOPLE.citizenA.bhxhCode, PASSWORD)).statusCode).toBe(200);
  });
});
