/**
 * A calendar date as an ISO 'yyyy-mm-dd' string. A plain alias rather than a brand keeps it
 * cheap to pass through JSON and forms; the validators in this package only ever return
 * real dates, so consumers can trust values that came out of them.
 */
export type IsoDate = string;

/** Gregorian leap-year rule (the proleptic calendar is fine for birth and contract dates). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days of a month (1–12) in a year, so that 31/02 or 29/02/2023 can be refused. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the numbers name a real day; year 0 is refused because no record uses it. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Builds the ISO string from numbers, or undefined when they are not a real day. */
export function toIsoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!isRealDate(year, month, day)) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True for a well-formed 'yyyy-mm-dd' string naming a real day. */
export function isValidIsoDate(value: string): boolean {
  return splitIsoDate(value) !== undefined;
}

/** The numeric parts of a valid ISO date, or undefined. */
export function splitIsoDate(
  value: string,
): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/** The two fixed-width layouts that documents and QR codes use. */
export type DatePattern = 'dd/MM/yyyy' | 'ddMMyyyy';

const PATTERNS: Record<DatePattern, RegExp> = {
  'dd/MM/yyyy': /^(\d{2})\/(\d{2})\/(\d{4})$/,
  ddMMyyyy: /^(\d{2})(\d{2})(\d{4})$/,
};

/**
 * Parses a machine-written date in an exact layout (no trimming, no 1-digit parts), because
 * QR payloads must round-trip byte for byte; user input goes through `parseDate` instead.
 */
export function parseStrictDate(text: string, pattern: DatePattern): IsoDate | undefined {
  const m = PATTERNS[pattern].exec(text);
  if (!m) return undefined;
  return toIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** Writes a valid ISO date in one of the document layouts; throws on an invalid date. */
export function formatStrictDate(iso: IsoDate, pattern: DatePattern): string {
  const parts = splitIsoDate(iso);
  if (!parts) throw new RangeError(`Not a valid ISO date: ${iso}`);
  const sep = pattern === 'dd/MM/yyyy' ? '/' : '';
  return [pad(parts.day, 2), pad(parts.month, 2), pad(parts.year, 4)].join(sep);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
