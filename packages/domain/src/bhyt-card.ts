import { type BhytObjectCode, isBhytObjectCode } from './bhyt-object-codes.ts';
import { err, ok, type Result } from './result.ts';

/** Every code `parseBhytCardNumber` can return. */
export const BHYT_CARD_ERRORS = [
  'BHYT_CARD_REQUIRED',
  'BHYT_CARD_LENGTH',
  'BHYT_CARD_OBJECT_CODE_FORMAT',
  'BHYT_CARD_OBJECT_CODE_UNKNOWN',
  'BHYT_CARD_BENEFIT_LEVEL',
  'BHYT_CARD_PROVINCE',
  'BHYT_CARD_BHXH_CODE',
] as const;

/** Failure codes of `parseBhytCardNumber`. */
export type BhytCardError = (typeof BHYT_CARD_ERRORS)[number];

/** Mức hưởng printed on old cards: 1 is the most generous, 5 the least. */
export type BhytBenefitLevel = 1 | 2 | 3 | 4 | 5;

/**
 * A parsed BHYT card number. Cards issued since 04/2021 carry only the 10-digit BHXH code;
 * older cards prefix it with the object code, benefit level and a 2-digit province code.
 */
export type BhytCardNumber =
  | { form: 'new'; bhxhCode: string }
  | {
      form: 'old';
      objectCode: BhytObjectCode;
      benefitLevel: BhytBenefitLevel;
      /** Two digits, '01'–'99'; kept as text because of the leading zero. */
      provinceCode: string;
      bhxhCode: string;
    };

/**
 * Parses either card form. Whitespace anywhere is dropped because printed cards group the
 * characters ("GD 4 01 0123456789") and people copy them that way; letters are upper-cased.
 */
export function parseBhytCardNumber(input: string): Result<BhytCardNumber, BhytCardError> {
  const value = input.replace(/\s+/g, '').toUpperCase();
  if (value === '') return err('BHYT_CARD_REQUIRED');
  if (value.length === 10) {
    return isTenDigits(value) ? ok({ form: 'new', bhxhCode: value }) : err('BHYT_CARD_BHXH_CODE');
  }
  if (value.length !== 15) return err('BHYT_CARD_LENGTH');
  const objectCode = value.slice(0, 2);
  if (!/^[A-Z]{2}$/.test(objectCode)) return err('BHYT_CARD_OBJECT_CODE_FORMAT');
  if (!isBhytObjectCode(objectCode)) return err('BHYT_CARD_OBJECT_CODE_UNKNOWN');
  const level = value.charAt(2);
  if (!/^[1-5]$/.test(level)) return err('BHYT_CARD_BENEFIT_LEVEL');
  const provinceCode = value.slice(3, 5);
  if (!/^\d{2}$/.test(provinceCode) || provinceCode === '00') return err('BHYT_CARD_PROVINCE');
  const bhxhCode = value.slice(5);
  if (!isTenDigits(bhxhCode)) return err('BHYT_CARD_BHXH_CODE');
  return ok({
    form: 'old',
    objectCode,
    benefitLevel: Number(level) as BhytBenefitLevel,
    provinceCode,
    bhxhCode,
  });
}

/** Writes a parsed card number back in its compact printed form (no spaces, upper-case). */
export function formatBhytCardNumber(card: BhytCardNumber): string {
  if (card.form === 'new') return card.bhxhCode;
  return `${card.objectCode}${card.benefitLevel}${card.provinceCode}${card.bhxhCode}`;
}

function isTenDigits(value: string): boolean {
  return /^[0-9]{10}$/.test(value);
}
