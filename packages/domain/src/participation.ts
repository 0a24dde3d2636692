import { type MonthPeriod, monthIndex } from './months.ts';

/** Total time of participation, also split the way the app prints it ("12 năm 2 tháng"). */
export interface ParticipationTotal {
  months: number;
  years: number;
  remainingMonths: number;
}

/**
 * Counts the distinct months covered by the periods. Records often overlap (two employers in
 * the same month, a correction re-declaring a month) and a month of participation is earned
 * once, so the union is counted, not the sum; gaps add nothing. Throws on a malformed or
 * reversed period: callers validate input with `validatePeriod`.
 */
export function totalParticipation(periods: readonly MonthPeriod[]): ParticipationTotal {
  const spans = periods
    .map(({ from, to }) => {
      const start = monthIndex(from);
      const end = monthIndex(to);
      if (end < start) throw new RangeError(`Period ends before it starts: ${from}..${to}`);
      return { start, end };
    })
    .sort((a, b) => a.start - b.start);
  let months = 0;
  let coveredUpTo = Number.NEGATIVE_INFINITY;
  for (const { start, end } of spans) {
    if (end <= coveredUpTo) continue;
    months += end - Math.max(start, coveredUpTo + 1) + 1;
    coveredUpTo = end;
  }
  return { months, years: Math.floor(months / 12), remainingMonths: months % 12 };
}
