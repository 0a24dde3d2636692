import { validateFixedDigits } from './fixed-digits.ts';
import type { Result } from './result.ts';

/** Every code `validateBhxhCode` can return. */
export const BHXH_CODE_ERRORS = [
  'BHXH_CODE_REQUIRED',
  'BHXH_CODE_NOT_DIGITS',
  'BHXH_CODE_LENGTH',
] as const;

/** Failure codes of `validateBhxhCode`. */
export type BhxhCodeError = (typeof BHXH_CODE_ERRORS)[number];

/**
 * Validates a mã số BHXH: exactly 10 ASCII digits once surrounding whitespace is trimmed.
 * Returns the trimmed code. Leading zeros are significant, so the code stays a string.
 */
export function validateBhxhCode(input: string): Result<string, BhxhCodeError> {
  return validateFixedDigits(input, 10, {
    required: 'BHXH_CODE_REQUIRED',
    notDigits: 'BHXH_CODE_NOT_DIGITS',
    length: 'BHXH_CODE_LENGTH',
  });
}
