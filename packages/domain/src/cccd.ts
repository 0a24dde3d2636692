import { splitIsoDate } from './calendar.ts';
import { validateFixedDigits } from './fixed-digits.ts';
import { isCccdProvinceCode } from './provinces.ts';
import { err, ok, type Result } from './result.ts';

/** Every code `validateCccd` can return. */
export const CCCD_ERRORS = [
  'CCCD_REQUIRED',
  'CCCD_NOT_DIGITS',
  'CCCD_LENGTH',
  'CCCD_PROVINCE_UNKNOWN',
  'CCCD_BIRTH_DATE_INVALID',
  'CCCD_BIRTH_YEAR_MISMATCH',
  'CCCD_GENDER_MISMATCH',
] as const;

/** Failure codes of `validateCccd`. */
export type CccdError = (typeof CCCD_ERRORS)[number];

/** Gender as encoded in identity documents. */
export type Gender = 'male' | 'female';

/** What a CCCD number itself tells about its holder. */
export interface CccdInfo {
  number: string;
  /** Three digits, e.g. '001' for Hà Nội. */
  provinceCode: string;
  gender: Gender;
  /** First year of the birth century: 1800, 1900, 2000, 2100 or 2200. */
  century: number;
  birthYear: number;
}

/** Facts known from elsewhere (a form, a record) that the number must agree with. */
export interface CccdCheck {
  /** ISO 'yyyy-mm-dd'. */
  birthDate?: string;
  gender?: Gender;
}

// Index = the 4th digit divided by 2: even digits are men, odd digits women (Thông tư 07/2016).
const CENTURIES = [1900, 2000, 2100, 2200, 1800] as const;

/**
 * Validates a 12-digit CCCD (căn cước công dân) number and decodes its province, gender and
 * birth year. When `opts` are given, a disagreement with them is an error: it usually means a
 * typo in one digit, which the length check alone cannot catch.
 */
export function validateCccd(input: string, opts: CccdCheck = {}): Result<CccdInfo, CccdError> {
  const digits = validateFixedDigits(input, 12, {
    required: 'CCCD_REQUIRED',
    notDigits: 'CCCD_NOT_DIGITS',
    length: 'CCCD_LENGTH',
  });
  if (!digits.ok) return digits;
  const number = digits.value;
  const provinceCode = number.slice(0, 3);
  if (!isCccdProvinceCode(provinceCode)) return err('CCCD_PROVINCE_UNKNOWN');
  const code = Number(number.charAt(3));
  const century = CENTURIES[Math.floor(code / 2)] ?? 1900;
  const info: CccdInfo = {
    number,
    provinceCode,
    gender: code % 2 === 0 ? 'male' : 'female',
    century,
    birthYear: century + Number(number.slice(4, 6)),
  };
  if (opts.birthDate !== undefined) {
    const date = splitIsoDate(opts.birthDate);
    if (!date) return err('CCCD_BIRTH_DATE_INVALID');
    if (date.year !== info.birthYear) return err('CCCD_BIRTH_YEAR_MISMATCH');
  }
  if (opts.gender !== undefined && opts.gender !== info.gender) return err('CCCD_GENDER_MISMATCH');
  return ok(info);
}

/**
 * The 4th digit of a CCCD for a birth year and gender, or undefined outside 1800–2299. Used to
 * build consistent numbers (tests, QR encoding checks) from the same table the decoder reads.
 */
export function cccdGenderCenturyDigit(birthYear: number, gender: Gender): number | undefined {
  const century = Math.floor(birthYear / 100) * 100;
  const index = CENTURIES.indexOf(century as (typeof CENTURIES)[number]);
  if (index < 0) return undefined;
  return index * 2 + (gender === 'female' ? 1 : 0);
}
