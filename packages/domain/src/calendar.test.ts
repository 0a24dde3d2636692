import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatStrictDate,
  isLeapYear,
  isRealDate,
  isValidIsoDate,
  parseStrictDate,
  splitIsoDate,
  toIsoDate,
} from './calendar.ts';

/** The platform Date in UTC is an independent oracle for which days exist. */
function existsPerDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

describe('calendar', () => {
  it('knows the leap-year exceptions', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });

  it('agrees with the platform calendar on which days exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          expect(isRealDate(y, m, d)).toBe(existsPerDate(y, m, d));
        },
      ),
    );
  });

  it('refuses out-of-range parts', () => {
    expect(isRealDate(2020, 0, 1)).toBe(false);
    expect(isRealDate(2020, 13, 1)).toBe(false);
    expect(isRealDate(2020, 1, 0)).toBe(false);
    expect(isRealDate(0, 1, 1)).toBe(false);
    expect(isRealDate(2020, 1.5, 1)).toBe(false);
    expect(toIsoDate(2023, 2, 29)).toBeUndefined();
    expect(toIsoDate(2024, 2, 29)).toBe('2024-02-29');
  });

  it('validates ISO strings strictly', () => {
    expect(isValidIsoDate('2014-09-15')).toBe(true);
    expect(isValidIsoDate('2014-02-31')).toBe(false);
    expect(isValidIsoDate('2014-9-15')).toBe(false);
    expect(isValidIsoDate(' 2014-09-15')).toBe(false);
    expect(splitIsoDate('0001-01-01')).toStrictEqual({ year: 1, month: 1, day: 1 });
  });

  it('parses the exact document layouts only', () => {
    expect(parseStrictDate('15/08/1990', 'dd/MM/yyyy')).toBe('1990-08-15');
    expect(parseStrictDate('15081990', 'ddMMyyyy')).toBe('1990-08-15');
    expect(parseStrictDate('31/02/2020', 'dd/MM/yyyy')).toBeUndefined();
    expect(parseStrictDate('1/8/1990', 'dd/MM/yyyy')).toBeUndefined();
    expect(parseStrictDate(' 15/08/1990', 'dd/MM/yyyy')).toBeUndefined();
    expect(parseStrictDate('15/08/1990', 'ddMMyyyy')).toBeUndefined();
    expect(() => formatStrictDate('2020-02-30', 'dd/MM/yyyy')).toThrow(RangeError);
  });

  it('round-trips every real day through both layouts', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0100-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          for (const pattern of ['dd/MM/yyyy', 'ddMMyyyy'] as const) {
            expect(parseStrictDate(formatStrictDate(iso, pattern), pattern)).toBe(iso);
          }
        },
      ),
    );
  });
});
