import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, MINUTE } from '../src/lib/clock.ts';
import { createTestApp, type TestApp } from './helpers.ts';

const clock = new FakeClock();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock, workers: false });
});
afterAll(async () => t.close());

const otps = () => t.runtime.services.otps;
const codeOf = (issued: { code: string }) => issued.code;
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
const errorCode = async (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: { code: string }) => e.code,
  );

describe('one-time codes', () => {
  it('accepts the right code once, within 4 minutes', async () => {
    const issued = await otps().issue({ purpose: 'registration', subject: 'a-1' });
    expect(codeOf(issued)).toMatch(/^\d{6}$/);
    clock.advance(4 * MINUTE - 1000);
    await expect(
      otps().verify({ id: issued.id, purpose: 'registration', code: issued.code }),
    ).resolves.toBeTruthy();
    expect(
      await errorCode(otps().verify({ id: issued.id, purpose: 'registration', code: issued.code })),
    ).toBe('OTP_INVALID');
  });

  it('refuses the code at 4 minutes', async () => {
    const issued = await otps().issue({ purpose: 'registration', subject: 'a-2' });
    clock.advance(4 * MINUTE);
    expect(
      await errorCode(otps().verify({ id: issued.id, purpose: 'registration', code: issued.code })),
    ).toBe('OTP_EXPIRED');
  });

  it('voids the code at the 5th wrong entry: the 6th, even right, is refused', async () => {
    const issued = await otps().issue({ purpose: 'registration', subject: 'a-3' });
    const bad = wrong(issued.code);
    for (let i = 1; i <= 4; i++) {
      expect(
        await errorCode(otps().verify({ id: issued.id, purpose: 'registration', code: bad })),
      ).toBe('OTP_INVALID');
    }
    expect(
      await errorCode(otps().verify({ id: issued.id, purpose: 'registration', code: bad })),
    ).toBe('OTP_LOCKED');
    expect(
      await errorCode(otps().verify({ id: issued.id, purpose: 'registration', code: issued.code })),
    ).toBe('OTP_LOCKED');
  });

  it('evaluates at most 5 of 50 concurrent wrong guesses', async () => {
    const issued = await otps().issue({ purpose: 'password_reset', subject: 'a-4' });
    const guesses = Array.from({ length: 50 }, (_, i) =>
      String((Number(issued.code) + 1 + i) % 1_000_000).padStart(6, '0'),
    );
    const results = await Promise.all(
      guesses.map((code) =>
        errorCode(otps().verify({ id: issued.id, purpose: 'password_reset', code })),
      ),
    );
    expect(results.filter((r) => r === 'OTP_INVALID').length).toBeLessThanOrEqual(4);
    expect(results.filter((r) => r === 'OK')).toHaveLength(0);
    const row = await t.runtime.database.executeSql('select attempts from otps where id = $1', [
      issued.id,
    ]);
    expect(row.rows[0]!.attempts).toBe(5);
  });

  it('refuses a resend within 60 seconds, keeps the attempt count on a new code', async () => {
    const first = await otps().issue({ purpose: 'registration', subject: 'a-5' });
    await errorCode(
      otps().verify({ id: first.id, purpose: 'registration', code: wrong(first.code) }),
    );
    expect(await errorCode(otps().issue({ purpose: 'registration', subject: 'a-5' }))).toBe(
      'OTP_RESEND_TOO_EARLY',
    );
    clock.advance(60_000);
    const second = await otps().issue({ purpose: 'registration', subject: 'a-5' });
    expect(second.id).toBe(first.id);
    const row = await t.runtime.database.executeSql('select attempts from otps where id = $1', [
      first.id,
    ]);
    expect(row.rows[0]!.attempts).toBe(1);
    // The old code no longer works; the new one does.
    if (first.code !== second.code) {
      expect(
        await errorCode(otps().verify({ id: first.id, purpose: 'registration', code: first.code })),
      ).toBe('OTP_INVALID');
    }
    expect(
      await errorCode(otps().verify({ id: first.id, purpose: 'registration', code: second.code })),
    ).toBe('OK');
  });

  it('sends at most 5 codes an hour for one subject', async () => {
    const results: string[] = [];
    for (let i = 0; i < 6; i++) {
      results.push(await errorCode(otps().issue({ purpose: 'registration', subject: 'a-6' })));
      clock.advance(61_000);
    }
    expect(results.slice(0, 5)).toEqual(['OK', 'OK', 'OK', 'OK', 'OK']);
    expect(results[5]).toBe('OTP_SEND_LIMIT');
  });

  it('does not accept a registration code for a password reset', async () => {
    const issued = await otps().issue({ purpose: 'registration', subject: 'a-7' });
    expect(
      await errorCode(
        otps().verify({ id: issued.id, purpose: 'password_reset', code: issued.code }),
      ),
    ).toBe('OTP_INVALID');
  });
});
