import { err, ok, type Result } from './result.ts';

/** A calendar month as 'YYYY-MM', the unit in which contributions are recorded. */
export type YearMonth = string;

/** A contribution period, both ends inclusive ('từ tháng … đến tháng …'). */
export interface MonthPeriod {
  from: YearMonth;
  to: YearMonth;
}

/** Every code the month parsers and `validatePeriod` can return. */
export const MONTH_ERRORS = [
  'MONTH_REQUIRED',
  'MONTH_INVALID',
  'PERIOD_FROM_INVALID',
  'PERIOD_TO_INVALID',
  'PERIOD_END_BEFORE_START',
] as const;

/** Failure codes of `parseMonthText`. */
export type MonthError = 'MONTH_REQUIRED' | 'MONTH_INVALID';

/** Failure codes of `validatePeriod`. */
export type PeriodError = 'PERIOD_FROM_INVALID' | 'PERIOD_TO_INVALID' | 'PERIOD_END_BEFORE_START';

/** True for a well-formed 'YYYY-MM' with month 01–12 and a year from 0001. */
export function isYearMonth(value: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return m !== null && Number(m[1]) >= 1 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/**
 * Reads a month as people and the records write it: 'MM/YYYY' or 'M/YYYY' (as in "tháng
 * 2/2020"), or already 'YYYY-MM'. Returns the canonical 'YYYY-MM'.
 */
export function parseMonthText(input: string): Result<YearMonth, MonthError> {
  const value = input.trim();
  if (value === '') return err('MONTH_REQUIRED');
  const slash = /^(\d{1,2})\/(\d{4})$/.exec(value);
  const candidate = slash ? `${slash[2]}-${slash[1]?.padStart(2, '0')}` : value;
  return isYearMonth(candidate) ? ok(candidate) : err('MONTH_INVALID');
}

/** Months counted from year 0, so that month arithmetic is plain integer arithmetic. */
export function monthIndex(month: YearMonth): number {
  if (!isYearMonth(month)) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Inverse of `monthIndex`. */
export function monthFromIndex(index: number): YearMonth {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Signed distance `to − from` in months (0 for the same month); throws on a malformed month. */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return monthIndex(to) - monthIndex(from);
}

/**
 * Length of an inclusive period: 02/2020–09/2020 is 8 months. Throws when the end is before
 * the start, because a negative duration would silently shrink a total; validate user input
 * with `validatePeriod` first.
 */
export function periodMonths(from: YearMonth, to: YearMonth): number {
  const span = monthsBetween(from, to);
  if (span < 0) throw new RangeError(`Period ends before it starts: ${from}..${to}`);
  return span + 1;
}

/** Parses both ends (any form `parseMonthText` reads) and checks that the end is not earlier. */
export function validatePeriod(from: string, to: string): Result<MonthPeriod, PeriodError> {
  const start = parseMonthText(from);
  if (!start.ok) return err('PERIOD_FROM_INVALID');
  const end = parseMonthText(to);
  if (!end.ok) return err('PERIOD_TO_INVALID');
  if (monthsBetween(start.value, end.value) < 0) return err('PERIOD_END_BEFORE_START');
  return ok({ from: start.value, to: end.value });
}
