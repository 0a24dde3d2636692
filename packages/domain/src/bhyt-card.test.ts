import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBhytCardNumber, parseBhytCardNumber } from './bhyt-card.ts';
import { BHYT_OBJECT_CODES } from './bhyt-object-codes.ts';
import { DOMAIN_MESSAGES } from './messages.ts';

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

describe('parseBhytCardNumber', () => {
  it('parses the new 10-digit form', () => {
    expect(parseBhytCardNumber(' 0123456789 ')).toStrictEqual({
      ok: true,
      value: { form: 'new', bhxhCode: '0123456789' },
    });
  });

  it('parses the old 15-character form, upper-casing and dropping spaces', () => {
    const expected = {
      ok: true,
      value: {
        form: 'old',
        objectCode: 'GD',
        benefitLevel: 4,
        provinceCode: '01',
        bhxhCode: '0123456789',
      },
    };
    expect(parseBhytCardNumber('GD4010123456789')).toStrictEqual(expected);
    expect(parseBhytCardNumber('gd4010123456789')).toStrictEqual(expected);
    expect(parseBhytCardNumber(' GD 4 01 0123456789 ')).toStrictEqual(expected);
  });

  it.each([
    ['', 'BHYT_CARD_REQUIRED'],
    ['   ', 'BHYT_CARD_REQUIRED'],
    ['012345678', 'BHYT_CARD_LENGTH'],
    ['GD40101234567890', 'BHYT_CARD_LENGTH'],
    ['01234A6789', 'BHYT_CARD_BHXH_CODE'],
    ['G14010123456789', 'BHYT_CARD_OBJECT_CODE_FORMAT'],
    ['404010123456789', 'BHYT_CARD_OBJECT_CODE_FORMAT'],
    ['ZZ4010123456789', 'BHYT_CARD_OBJECT_CODE_UNKNOWN'],
    ['GD6010123456789', 'BHYT_CARD_BENEFIT_LEVEL'],
    ['GD0010123456789', 'BHYT_CARD_BENEFIT_LEVEL'],
    ['GDA010123456789', 'BHYT_CARD_BENEFIT_LEVEL'],
    ['GD4000123456789', 'BHYT_CARD_PROVINCE'],
    ['GD4A10123456789', 'BHYT_CARD_PROVINCE'],
    ['GD401012345678X', 'BHYT_CARD_BHXH_CODE'],
  ])('refuses %j with %s', (input, code) => {
    expect(parseBhytCardNumber(input)).toStrictEqual({ ok: false, error: code });
    expect(DOMAIN_MESSAGES[code as keyof typeof DOMAIN_MESSAGES]).toBeDefined();
  });

  it('round-trips every valid old card through format (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BHYT_OBJECT_CODES),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 99 }),
        digits(10),
        (objectCode, level, province, bhxh) => {
          const text = `${objectCode}${level}${String(province).padStart(2, '0')}${bhxh}`;
          const r = parseBhytCardNumber(text.toLowerCase());
          expect(r.ok).toBe(true);
          if (r.ok) {
            expect(formatBhytCardNumber(r.value)).toBe(text);
            expect(r.value.bhxhCode).toBe(bhxh);
          }
        },
      ),
    );
  });

  it('accepts a 15-character prefix only for listed object codes (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{2}$/), (code) => {
        const r = parseBhytCardNumber(`${code}4010123456789`);
        expect(r.ok).toBe((BHYT_OBJECT_CODES as readonly string[]).includes(code));
      }),
    );
  });

  it('only ever returns catalogued codes (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const r = parseBhytCardNumber(s);
        if (!r.ok) expect(DOMAIN_MESSAGES[r.error]).toBeDefined();
      }),
    );
  });
});
