import { validateFixedDigits } from './fixed-digits.ts';
import type { Result } from './result.ts';

/** Every code `validateCmnd` can return. */
export const CMND_ERRORS = ['CMND_REQUIRED', 'CMND_NOT_DIGITS', 'CMND_LENGTH'] as const;

/** Failure codes of `validateCmnd`. */
export type CmndError = (typeof CMND_ERRORS)[number];

/**
 * Validates an old CMND (chứng minh nhân dân) number: 9 ASCII digits after trimming. The
 * 12-digit CMND issued briefly before CCCD is indistinguishable from a CCCD, so it is left to
 * `validateCccd` rather than accepted here.
 */
export function validateCmnd(input: string): Result<string, CmndError> {
  return validateFixedDigits(input, 9, {
    required: 'CMND_REQUIRED',
    notDigits: 'CMND_NOT_DIGITS',
    length: 'CMND_LENGTH',
  });
}
