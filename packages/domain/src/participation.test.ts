import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MonthPeriod, monthFromIndex, monthIndex, periodMonths } from './months.ts';
import { totalParticipation } from './participation.ts';

const BASE = 2000 * 12;
const period = fc.tuple(fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 60 })).map(
  ([start, length]): MonthPeriod => ({
    from: monthFromIndex(BASE + start),
    to: monthFromIndex(BASE + start + length),
  }),
);
const periods = fc.array(period, { maxLength: 8 });

function naiveCount(list: readonly MonthPeriod[]): number {
  const seen = new Set<number>();
  for (const p of list) {
    for (let i = monthIndex(p.from); i <= monthIndex(p.to); i++) seen.add(i);
  }
  return seen.size;
}

describe('totalParticipation', () => {
  it('counts overlaps once and ignores gaps', () => {
    expect(totalParticipation([])).toStrictEqual({ months: 0, years: 0, remainingMonths: 0 });
    expect(
      totalParticipation([
        { from: '2010-01', to: '2015-12' },
        { from: '2015-06', to: '2020-02' },
        { from: '2022-01', to: '2022-12' },
      ]),
    ).toStrictEqual({ months: 134, years: 11, remainingMonths: 2 });
    expect(totalParticipation([{ from: '2020-02', to: '2020-09' }]).months).toBe(8);
    expect(
      totalParticipation([
        { from: '2020-01', to: '2020-01' },
        { from: '2020-02', to: '2020-02' },
      ]).months,
    ).toBe(2);
  });

  it('throws on a reversed period', () => {
    expect(() => totalParticipation([{ from: '2020-09', to: '2020-02' }])).toThrow(RangeError);
  });

  it('equals the number of distinct months enumerated naively (property)', () => {
    fc.assert(
      fc.property(periods, (list) => {
        const total = totalParticipation(list);
        expect(total.months).toBe(naiveCount(list));
        expect(total.years * 12 + total.remainingMonths).toBe(total.months);
        expect(total.remainingMonths).toBeLessThan(12);
      }),
    );
  });

  it('is at most the sum of lengths, and equal to the length of a single period (property)', () => {
    fc.assert(
      fc.property(periods, period, (list, p) => {
        const sum = list.reduce((acc, q) => acc + periodMonths(q.from, q.to), 0);
        expect(totalParticipation(list).months).toBeLessThanOrEqual(sum);
        expect(totalParticipation([p]).months).toBe(periodMonths(p.from, p.to));
      }),
    );
  });

  it('does not depend on order, nor on re-adding a covered period (property)', () => {
    fc.assert(
      fc.property(periods, fc.nat(), (list, seed) => {
        const total = totalParticipation(list).months;
        const reversed = [...list].reverse();
        expect(totalParticipation(reversed).months).toBe(total);
        const covered = list[seed % Math.max(list.length, 1)];
        if (covered) {
          const inner = { from: covered.from, to: covered.from };
          expect(totalParticipation([...list, covered]).months).toBe(total);
          expect(totalParticipation([inner, ...list]).months).toBe(total);
        }
      }),
    );
  });
});
