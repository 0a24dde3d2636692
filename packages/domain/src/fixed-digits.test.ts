import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateFixedDigits } from './fixed-digits.ts';

const codes = { required: 'R', notDigits: 'D', length: 'L' } as const;

describe('validateFixedDigits', () => {
  it('reports the first problem a person should fix', () => {
    expect(validateFixedDigits(' \t', 4, codes)).toStrictEqual({ ok: false, error: 'R' });
    expect(validateFixedDigits('12a', 4, codes)).toStrictEqual({ ok: false, error: 'D' });
    expect(validateFixedDigits('123', 4, codes)).toStrictEqual({ ok: false, error: 'L' });
    expect(validateFixedDigits(' 1234 ', 4, codes)).toStrictEqual({ ok: true, value: '1234' });
    expect(validateFixedDigits('１２３４', 4, codes)).toStrictEqual({ ok: false, error: 'D' });
  });

  it('accepts a string exactly when it is digits of the length (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.integer({ min: 1, max: 8 }), (s, n) => {
        const r = validateFixedDigits(s, n, codes);
        expect(r.ok).toBe(new RegExp(`^[0-9]{${n}}$`).test(s.trim()));
      }),
    );
  });
});
