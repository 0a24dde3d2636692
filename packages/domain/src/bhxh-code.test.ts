import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBhxhCode } from './bhxh-code.ts';
import { DOMAIN_MESSAGES } from './messages.ts';

const digit = fc.constantFrom(...'0123456789');

describe('validateBhxhCode', () => {
  it('accepts 10 digits and trims around them', () => {
    expect(validateBhxhCode('0123456789')).toStrictEqual({ ok: true, value: '0123456789' });
    expect(validateBhxhCode('  0123456789\t\n')).toStrictEqual({ ok: true, value: '0123456789' });
  });

  it('tells apart empty, non-digit and wrong-length input', () => {
    expect(validateBhxhCode('')).toStrictEqual({ ok: false, error: 'BHXH_CODE_REQUIRED' });
    expect(validateBhxhCode('   ')).toStrictEqual({ ok: false, error: 'BHXH_CODE_REQUIRED' });
    expect(validateBhxhCode('01234a6789')).toStrictEqual({
      ok: false,
      error: 'BHXH_CODE_NOT_DIGITS',
    });
    expect(validateBhxhCode('01234 56789')).toMatchObject({ error: 'BHXH_CODE_NOT_DIGITS' });
    expect(validateBhxhCode('０１２３４５６７８９')).toMatchObject({
      error: 'BHXH_CODE_NOT_DIGITS',
    });
    expect(validateBhxhCode('-123456789')).toMatchObject({ error: 'BHXH_CODE_NOT_DIGITS' });
    expect(validateBhxhCode('012345678')).toMatchObject({ error: 'BHXH_CODE_LENGTH' });
    expect(validateBhxhCode('01234567890')).toMatchObject({ error: 'BHXH_CODE_LENGTH' });
  });

  it('accepts exactly the 10-digit strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: digit, minLength: 1, maxLength: 20 }), (s) => {
        const r = validateBhxhCode(s);
        expect(r.ok).toBe(s.length === 10);
        if (!r.ok) expect(r.error).toBe('BHXH_CODE_LENGTH');
      }),
    );
  });

  it('only ever returns catalogued codes', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = validateBhxhCode(s);
        if (!r.ok) expect(DOMAIN_MESSAGES[r.error]).toBeDefined();
        else expect(r.value).toMatch(/^\d{10}$/);
      }),
    );
  });
});
