import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePassport } from './passport.ts';

describe('validatePassport', () => {
  it('accepts one letter and 7 digits, upper-casing and trimming', () => {
    expect(validatePassport('C1234567')).toStrictEqual({ ok: true, value: 'C1234567' });
    expect(validatePassport(' n7654321 ')).toStrictEqual({ ok: true, value: 'N7654321' });
    expect(validatePassport('B0000001').ok).toBe(true);
  });

  it.each([
    ['', 'PASSPORT_REQUIRED'],
    ['C123456', 'PASSPORT_FORMAT'],
    ['C12345678', 'PASSPORT_FORMAT'],
    ['CC1234567', 'PASSPORT_FORMAT'],
    ['12345678', 'PASSPORT_FORMAT'],
    ['C 1234567', 'PASSPORT_FORMAT'],
    ['Đ1234567', 'PASSPORT_FORMAT'],
  ])('refuses %j with %s', (input, code) => {
    expect(validatePassport(input)).toStrictEqual({ ok: false, error: code });
  });

  it('accepts every letter + 7 digits in any case (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][0-9]{7}$/), (s) => {
        expect(validatePassport(s)).toStrictEqual({ ok: true, value: s.toUpperCase() });
      }),
    );
  });
});
