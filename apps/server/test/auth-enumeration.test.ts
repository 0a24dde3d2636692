import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.ts';
import { citizenLogin, PEOPLE, seedAuthFixture } from './support/auth-fixture.ts';

// Real time on purpose: this measures what an attacker with a stopwatch would see.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ workers: false });
  await seedAuthFixture(t);
});
afterAll(async () => t.close());

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
};

describe('sign-in does not tell which codes have accounts', () => {
  it('an unknown code and a wrong password take the same time (median difference < 15 ms over 200 tries)', async () => {
    const unknown: number[] = [];
    const wrong: number[] = [];
    const timed = async (code: string) => {
      // Locks are not what is measured here: start each try from a clean slate.
      await t.runtime.database.executeSql('delete from login_throttles');
      const start = performance.now();
      const res = await citizenLogin(t, code, 'not the password');
      const ms = performance.now() - start;
      expect(res.statusCode).toBe(401);
      return ms;
    };
    for (let i = 0; i < 5; i++) await timed(PEOPLE.citizenA.bhxhCode); // warm-up
    for (let i = 0; i < 100; i++) {
      // Interleaved, so machine load drifts affect both series alike.
      unknown.push(await timed(`019${String(1_000_000 + i).slice(1)}1`));
      wrong.push(await timed(PEOPLE.citizenA.bhxhCode));
    }
    const diff = Math.abs(median(unknown) - median(wrong));
    expect(
      diff,
      `unknown ${median(unknown).toFixed(1)} ms, wrong ${median(wrong).toFixed(1)} ms`,
    ).toBeLessThan(15);
    // Both really ran argon2 (a skipped verify would take a millisecond or two).
    expect(median(unknown)).toBeGreaterThan(10);
  });
});
