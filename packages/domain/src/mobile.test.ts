import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOMAIN_MESSAGES } from './messages.ts';
import { VN_MOBILE_PREFIXES, validateVnMobile } from './mobile.ts';

const sevenDigits = fc.stringMatching(/^[0-9]{7}$/);

describe('validateVnMobile', () => {
  it('normalises every accepted spelling to 0 + 9 digits', () => {
    for (const input of [
      '0912345678',
      '091 234 5678',
      '0912.345.678',
      '0912-345-678',
      '+84912345678',
      '+84 912 345 678',
      '84912345678',
      '+84 (0) 912 345 678',
      '(+84) 912345678',
    ]) {
      expect(validateVnMobile(input)).toStrictEqual({ ok: true, value: '0912345678' });
    }
  });

  it.each([
    ['', 'MOBILE_REQUIRED'],
    [' - . ', 'MOBILE_REQUIRED'],
    ['09123a5678', 'MOBILE_NOT_DIGITS'],
    ['0912+345678', 'MOBILE_NOT_DIGITS'],
    ['091234567', 'MOBILE_LENGTH'],
    ['09123456789', 'MOBILE_LENGTH'],
    ['+1 912 345 678', 'MOBILE_LENGTH'],
    ['02439123456', 'MOBILE_LANDLINE'],
    ['+84 24 3912 3456', 'MOBILE_LANDLINE'],
    ['0952345678', 'MOBILE_PREFIX_UNKNOWN'],
    ['0802345678', 'MOBILE_PREFIX_UNKNOWN'],
    ['0312345678', 'MOBILE_PREFIX_UNKNOWN'],
    ['0112345678', 'MOBILE_PREFIX_UNKNOWN'],
  ])('refuses %j with %s', (input, code) => {
    expect(validateVnMobile(input)).toStrictEqual({ ok: false, error: code });
  });

  it('lists 36 distinct prefixes of the current allocation', () => {
    expect(VN_MOBILE_PREFIXES).toHaveLength(36);
    expect(new Set(VN_MOBILE_PREFIXES).size).toBe(36);
    for (const p of ['032', '039', '052', '059', '070', '079', '081', '089', '090', '099']) {
      expect(VN_MOBILE_PREFIXES).toContain(p);
    }
  });

  it('accepts a listed prefix in every form and the same digits (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VN_MOBILE_PREFIXES), sevenDigits, (prefix, rest) => {
        const national = `${prefix}${rest}`;
        const subscriber = national.slice(1);
        for (const form of [national, `+84${subscriber}`, `84${subscriber}`, `+84 ${subscriber}`]) {
          expect(validateVnMobile(form)).toStrictEqual({ ok: true, value: national });
        }
      }),
    );
  });

  it('accepts a 10-digit national number exactly when its prefix is listed (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^0[0-9]{9}$/), (n) => {
        const r = validateVnMobile(n);
        expect(r.ok).toBe(VN_MOBILE_PREFIXES.includes(n.slice(0, 3)));
        if (!r.ok) expect(DOMAIN_MESSAGES[r.error]).toBeDefined();
      }),
    );
  });
});
