import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCmnd } from './cmnd.ts';

describe('validateCmnd', () => {
  it('accepts 9 digits, trimmed', () => {
    expect(validateCmnd(' 123456789 ')).toStrictEqual({ ok: true, value: '123456789' });
  });

  it.each([
    ['', 'CMND_REQUIRED'],
    ['12345678a', 'CMND_NOT_DIGITS'],
    ['12345678', 'CMND_LENGTH'],
    ['001090012345', 'CMND_LENGTH'],
  ])('refuses %j with %s', (input, code) => {
    expect(validateCmnd(input)).toStrictEqual({ ok: false, error: code });
  });

  it('accepts exactly the 9-digit strings (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,15}$/), (s) => {
        expect(validateCmnd(s).ok).toBe(s.length === 9);
      }),
    );
  });
});
