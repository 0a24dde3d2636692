import { type IsoDate, splitIsoDate, toIsoDate } from './calendar.ts';
import { isYearMonth, type YearMonth } from './months.ts';
import { err, ok, type Result } from './result.ts';

// Formatting is written out by hand rather than with Intl: ICU data differs between Node
// builds, browsers and Android WebViews (some lack 'vi'), and amounts must print identically.

/** Every code `parseDate` can return. */
export const DATE_ERRORS = ['DATE_REQUIRED', 'DATE_FORMAT', 'DATE_INVALID'] as const;

/** Failure codes of `parseDate`. */
export type DateError = (typeof DATE_ERRORS)[number];

/** Vietnam has used UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "5.453.400 đ": whole đồng, dots between thousands. Throws on a fractional or infinite number. */
export function formatMoney(dong: number | bigint): string {
  return `${groupThousands(toBigInt(dong))} đ`;
}

/**
 * "5.453.400,00": the salary layout of the contribution detail screen, two decimals after a
 * comma, no currency sign. Rounds the number's exact binary value half away from zero.
 */
export function formatMoneyDecimal(amount: number | bigint): string {
  if (typeof amount === 'bigint') return `${groupThousands(amount)},00`;
  if (!Number.isFinite(amount)) throw new RangeError(`Not a finite amount: ${amount}`);
  // toFixed rounds the exact stored value, so 1.005 (stored as 1.00499…) honestly gives 1,00.
  const fixed = Math.abs(amount).toFixed(2);
  const [whole = '0', cents = '00'] = fixed.split('.');
  const sign = amount < 0 && fixed !== '0.00' ? '-' : '';
  return `${sign}${groupThousands(BigInt(whole))},${cents}`;
}

/** A salary coefficient (hệ số) with a decimal comma: 3.66 → "3,66"; two decimals by default. */
export function formatCoefficient(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite coefficient: ${value}`);
  const fixed = value.toFixed(decimals);
  return (/^-0\.?0*$/.test(fixed) ? fixed.slice(1) : fixed).replace('.', ',');
}

/**
 * "15/09/2014" from an ISO date or a Date. A Date is read on the Vietnamese calendar (UTC+7),
 * not the device's zone, so a date stored at local midnight never shows as the day before.
 */
export function formatDate(date: IsoDate | Date): string {
  const parts = typeof date === 'string' ? splitIsoDate(date) : splitDate(date);
  if (!parts) throw new RangeError(`Not a valid date: ${String(date)}`);
  const { year, month, day } = parts;
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

/** Reads a typed 'dd/mm/yyyy' (1-digit day or month allowed) into an ISO date. */
export function parseDate(input: string): Result<IsoDate, DateError> {
  const value = input.trim();
  if (value === '') return err('DATE_REQUIRED');
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!m) return err('DATE_FORMAT');
  const iso = toIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return iso === undefined ? err('DATE_INVALID') : ok(iso);
}

/** "02/2020" from '2020-02'; throws on a malformed month. */
export function formatMonth(month: YearMonth): string {
  if (!isYearMonth(month)) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

function toBigInt(value: number | bigint): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isInteger(value)) throw new RangeError(`Not a whole number of đồng: ${value}`);
  return BigInt(value);
}

function groupThousands(value: bigint): string {
  const digits = (value < 0n ? -value : value).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, '.');
  return value < 0n ? `-${grouped}` : grouped;
}

function splitDate(date: Date): { year: number; month: number; day: number } | undefined {
  const time = date.getTime();
  if (Number.isNaN(time)) return undefined;
  const local = new Date(time + VIETNAM_OFFSET_MS);
  const year = local.getUTCFullYear();
  if (year < 1 || year > 9999) return undefined;
  return { year, month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
