import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOMAIN_MESSAGES } from './messages.ts';
import {
  isYearMonth,
  monthFromIndex,
  monthIndex,
  monthsBetween,
  parseMonthText,
  periodMonths,
  validatePeriod,
} from './months.ts';

const month = fc.integer({ min: 1900 * 12, max: 2100 * 12 - 1 }).map((i) => monthFromIndex(i));

describe('parseMonthText', () => {
  it('reads MM/YYYY, M/YYYY and YYYY-MM', () => {
    expect(parseMonthText('02/2020')).toStrictEqual({ ok: true, value: '2020-02' });
    expect(parseMonthText(' 2/2020 ')).toStrictEqual({ ok: true, value: '2020-02' });
    expect(parseMonthText('12/1999')).toStrictEqual({ ok: true, value: '1999-12' });
    expect(parseMonthText('2020-02')).toStrictEqual({ ok: true, value: '2020-02' });
  });

  it.each([
    ['', 'MONTH_REQUIRED'],
    ['13/2020', 'MONTH_INVALID'],
    ['00/2020', 'MONTH_INVALID'],
    ['0/2020', 'MONTH_INVALID'],
    ['02/20', 'MONTH_INVALID'],
    ['002/2020', 'MONTH_INVALID'],
    ['2020-2', 'MONTH_INVALID'],
    ['2020-13', 'MONTH_INVALID'],
    ['0000-01', 'MONTH_INVALID'],
    ['02-2020', 'MONTH_INVALID'],
  ])('refuses %j with %s', (input, code) => {
    expect(parseMonthText(input)).toStrictEqual({ ok: false, error: code });
  });

  it('reads back every month written as MM/YYYY (property)', () => {
    fc.assert(
      fc.property(month, (m) => {
        expect(parseMonthText(`${m.slice(5)}/${m.slice(0, 4)}`)).toStrictEqual({
          ok: true,
          value: m,
        });
        expect(isYearMonth(m)).toBe(true);
      }),
    );
  });
});

describe('month arithmetic', () => {
  it('counts periods inclusively', () => {
    expect(periodMonths('2020-02', '2020-09')).toBe(8);
    expect(periodMonths('2020-02', '2020-02')).toBe(1);
    expect(periodMonths('2019-11', '2020-02')).toBe(4);
    expect(monthsBetween('2020-09', '2020-02')).toBe(-7);
    expect(() => periodMonths('2020-09', '2020-02')).toThrow(RangeError);
    expect(() => monthIndex('2020-13')).toThrow(RangeError);
  });

  it('index and month round-trip, and distances add up (property)', () => {
    fc.assert(
      fc.property(month, month, month, (a, b, c) => {
        expect(monthFromIndex(monthIndex(a))).toBe(a);
        expect(monthsBetween(a, b) + monthsBetween(b, c)).toBe(monthsBetween(a, c));
        expect(Math.sign(monthsBetween(a, b))).toBe(Math.sign(b.localeCompare(a)));
      }),
    );
  });
});

describe('validatePeriod', () => {
  it('normalises both ends', () => {
    expect(validatePeriod('02/2020', '9/2020')).toStrictEqual({
      ok: true,
      value: { from: '2020-02', to: '2020-09' },
    });
  });

  it('refuses a reversed or malformed period', () => {
    expect(validatePeriod('09/2020', '02/2020')).toStrictEqual({
      ok: false,
      error: 'PERIOD_END_BEFORE_START',
    });
    expect(DOMAIN_MESSAGES.PERIOD_END_BEFORE_START.vi).toBe(
      'Tháng kết thúc không được trước tháng bắt đầu.',
    );
    expect(validatePeriod('13/2020', '02/2021')).toMatchObject({ error: 'PERIOD_FROM_INVALID' });
    expect(validatePeriod('', '02/2021')).toMatchObject({ error: 'PERIOD_FROM_INVALID' });
    expect(validatePeriod('02/2020', 'x')).toMatchObject({ error: 'PERIOD_TO_INVALID' });
  });

  it('accepts exactly the ordered pairs (property)', () => {
    fc.assert(
      fc.property(month, month, (a, b) => {
        expect(validatePeriod(a, b).ok).toBe(a <= b);
      }),
    );
  });
});
