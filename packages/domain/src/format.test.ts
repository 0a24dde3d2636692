import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCoefficient,
  formatDate,
  formatMoney,
  formatMoneyDecimal,
  formatMonth,
  parseDate,
} from './format.ts';

describe('formatMoney', () => {
  it('groups thousands with dots and appends đ', () => {
    expect(formatMoney(5_453_400)).toBe('5.453.400 đ');
    expect(formatMoney(0)).toBe('0 đ');
    expect(formatMoney(-0)).toBe('0 đ');
    expect(formatMoney(999)).toBe('999 đ');
    expect(formatMoney(1000)).toBe('1.000 đ');
    expect(formatMoney(-1_234_567)).toBe('-1.234.567 đ');
    expect(formatMoney(12_345_678_901_234_567_890n)).toBe('12.345.678.901.234.567.890 đ');
  });

  it('refuses amounts that are not whole đồng', () => {
    expect(() => formatMoney(1.5)).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN)).toThrow(RangeError);
    expect(() => formatMoney(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('reads back as the same integer (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (n) => {
        const text = formatMoney(n);
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})* đ$/);
        expect(BigInt(text.replace(/\.| đ$/g, ''))).toBe(n);
      }),
    );
  });
});

describe('formatMoneyDecimal', () => {
  it('prints two decimals after a comma', () => {
    expect(formatMoneyDecimal(5_453_400)).toBe('5.453.400,00');
    expect(formatMoneyDecimal(1234.5)).toBe('1.234,50');
    expect(formatMoneyDecimal(0.125)).toBe('0,13');
    expect(formatMoneyDecimal(-1234.567)).toBe('-1.234,57');
    expect(formatMoneyDecimal(-0.001)).toBe('0,00');
    expect(formatMoneyDecimal(7n)).toBe('7,00');
    expect(() => formatMoneyDecimal(Number.NaN)).toThrow(RangeError);
  });

  it('agrees with formatMoney on whole amounts (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(formatMoneyDecimal(n)).toBe(`${formatMoney(n).replace(' đ', '')},00`);
      }),
    );
  });
});

describe('formatCoefficient', () => {
  it('uses a decimal comma', () => {
    expect(formatCoefficient(3.66)).toBe('3,66');
    expect(formatCoefficient(2.34)).toBe('2,34');
    expect(formatCoefficient(1)).toBe('1,00');
    expect(formatCoefficient(0.5, 1)).toBe('0,5');
    expect(formatCoefficient(-0.001)).toBe('0,00');
    expect(() => formatCoefficient(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('formats ISO strings and Dates on the Vietnamese calendar', () => {
    expect(formatDate('2014-09-15')).toBe('15/09/2014');
    expect(formatDate(new Date('2014-09-14T17:00:00Z'))).toBe('15/09/2014');
    expect(formatDate(new Date('2014-09-14T16:59:59Z'))).toBe('14/09/2014');
    expect(() => formatDate('2014-02-30')).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('parses typed dates and refuses impossible ones', () => {
    expect(parseDate('15/09/2014')).toStrictEqual({ ok: true, value: '2014-09-15' });
    expect(parseDate(' 5/9/2014 ')).toStrictEqual({ ok: true, value: '2014-09-05' });
    expect(parseDate('29/02/2024')).toStrictEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate('')).toStrictEqual({ ok: false, error: 'DATE_REQUIRED' });
    expect(parseDate('2014-09-15')).toStrictEqual({ ok: false, error: 'DATE_FORMAT' });
    expect(parseDate('15/09/14')).toStrictEqual({ ok: false, error: 'DATE_FORMAT' });
    expect(parseDate('29/02/2023')).toStrictEqual({ ok: false, error: 'DATE_INVALID' });
    expect(parseDate('31/04/2020')).toStrictEqual({ ok: false, error: 'DATE_INVALID' });
    expect(parseDate('15/13/2014')).toStrictEqual({ ok: false, error: 'DATE_INVALID' });
    expect(parseDate('00/01/2014')).toStrictEqual({ ok: false, error: 'DATE_INVALID' });
  });

  it('round-trips every real day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1800-01-01'), max: new Date('2299-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseDate(formatDate(iso))).toStrictEqual({ ok: true, value: iso });
        },
      ),
    );
  });

  it('formats months as MM/YYYY', () => {
    expect(formatMonth('2020-02')).toBe('02/2020');
    expect(() => formatMonth('2020-13')).toThrow(RangeError);
    expect(() => formatMonth('02/2020')).toThrow(RangeError);
  });
});
