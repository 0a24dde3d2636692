import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration.ts';

describe('formatDuration', () => {
  it.each([
    [146, '12 năm 2 tháng', '12 years 2 months'],
    [8, '8 tháng', '8 months'],
    [36, '3 năm', '3 years'],
    [0, '0 tháng', '0 months'],
    [13, '1 năm 1 tháng', '1 year 1 month'],
    [1, '1 tháng', '1 month'],
    [12, '1 năm', '1 year'],
  ])('%i months reads "%s" / "%s"', (n, vi, en) => {
    expect(formatDuration(n, 'vi')).toBe(vi);
    expect(formatDuration(n, 'en')).toBe(en);
  });

  it('refuses negative and fractional counts', () => {
    expect(() => formatDuration(-1, 'vi')).toThrow(RangeError);
    expect(() => formatDuration(1.5, 'en')).toThrow(RangeError);
    expect(() => formatDuration(Number.NaN, 'vi')).toThrow(RangeError);
  });

  it('states years and months that add back to the total (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (n) => {
        const m = /^(?:(\d+) năm)? ?(?:(\d+) tháng)?$/.exec(formatDuration(n, 'vi'));
        expect(m).not.toBeNull();
        const years = Number(m?.[1] ?? 0);
        const months = Number(m?.[2] ?? 0);
        expect(years * 12 + months).toBe(n);
        expect(months).toBeLessThan(12);
      }),
    );
  });
});
