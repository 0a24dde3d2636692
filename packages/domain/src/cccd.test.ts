import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cccdGenderCenturyDigit, type Gender, validateCccd } from './cccd.ts';
import { DOMAIN_MESSAGES } from './messages.ts';
import { CCCD_PROVINCES } from './provinces.ts';

const provinceCode = fc.constantFrom(...Object.keys(CCCD_PROVINCES));
const gender = fc.constantFrom<Gender>('male', 'female');
const sixDigits = fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0'));

describe('validateCccd', () => {
  it('decodes the sample number', () => {
    expect(validateCccd(' 001090012345 ')).toStrictEqual({
      ok: true,
      value: {
        number: '001090012345',
        provinceCode: '001',
        gender: 'male',
        century: 1900,
        birthYear: 1990,
      },
    });
  });

  it.each([
    ['0', 'male', 1900],
    ['1', 'female', 1900],
    ['2', 'male', 2000],
    ['3', 'female', 2000],
    ['4', 'male', 2100],
    ['5', 'female', 2100],
    ['6', 'male', 2200],
    ['7', 'female', 2200],
    ['8', 'male', 1800],
    ['9', 'female', 1800],
  ])('digit %s means %s born in the %i s', (digit, g, century) => {
    const r = validateCccd(`079${digit}05123456`);
    expect(r).toMatchObject({ ok: true, value: { gender: g, century, birthYear: century + 5 } });
  });

  it.each([
    ['', 'CCCD_REQUIRED'],
    ['00109001234a', 'CCCD_NOT_DIGITS'],
    ['00109001234', 'CCCD_LENGTH'],
    ['0010900123456', 'CCCD_LENGTH'],
    ['003090012345', 'CCCD_PROVINCE_UNKNOWN'],
    ['097090012345', 'CCCD_PROVINCE_UNKNOWN'],
  ])('refuses %j with %s', (input, code) => {
    expect(validateCccd(input)).toStrictEqual({ ok: false, error: code });
  });

  it('checks the number against a known birth date and gender', () => {
    const n = '001190012345';
    expect(validateCccd(n, { birthDate: '1990-08-15', gender: 'female' }).ok).toBe(true);
    expect(validateCccd(n, { birthDate: '1991-08-15' })).toMatchObject({
      error: 'CCCD_BIRTH_YEAR_MISMATCH',
    });
    expect(validateCccd(n, { birthDate: '2090-08-15' })).toMatchObject({
      error: 'CCCD_BIRTH_YEAR_MISMATCH',
    });
    expect(validateCccd(n, { gender: 'male' })).toMatchObject({ error: 'CCCD_GENDER_MISMATCH' });
    expect(validateCccd(n, { birthDate: '1990-02-30' })).toMatchObject({
      error: 'CCCD_BIRTH_DATE_INVALID',
    });
  });

  it('accepts numbers built for any birth year 1800–2299 and decodes them back (property)', () => {
    fc.assert(
      fc.property(
        provinceCode,
        gender,
        fc.integer({ min: 1800, max: 2299 }),
        sixDigits,
        (p, g, y, rest) => {
          const digit = cccdGenderCenturyDigit(y, g);
          const n = `${p}${digit}${String(y % 100).padStart(2, '0')}${rest}`;
          const r = validateCccd(n, { birthDate: `${y}-01-31`, gender: g });
          expect(r).toStrictEqual({
            ok: true,
            value: { number: n, provinceCode: p, gender: g, century: y - (y % 100), birthYear: y },
          });
        },
      ),
    );
  });

  it('has no century digit outside 1800–2299', () => {
    expect(cccdGenderCenturyDigit(1799, 'male')).toBeUndefined();
    expect(cccdGenderCenturyDigit(2300, 'female')).toBeUndefined();
  });

  it('only ever returns catalogued codes (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (s) => {
        const r = validateCccd(s, { birthDate: '1990-01-01', gender: 'male' });
        if (!r.ok) expect(DOMAIN_MESSAGES[r.error]).toBeDefined();
      }),
    );
  });
});
