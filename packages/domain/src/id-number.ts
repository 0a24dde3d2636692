import { type CccdError, validateCccd } from './cccd.ts';
import { validatePassport } from './passport.ts';
import { err, ok, type Result } from './result.ts';

/** Codes `validateIdNumber` adds on top of the CCCD ones it passes through. */
export const ID_NUMBER_ERRORS = ['ID_NUMBER_REQUIRED', 'ID_NUMBER_INVALID'] as const;

/** Failure codes of `validateIdNumber`. */
export type IdNumberError = (typeof ID_NUMBER_ERRORS)[number] | CccdError;

/** Which identity document a number belongs to. */
export type IdKind = 'cccd' | 'cmnd' | 'passport';

/**
 * Recognises the kind of a single "số giấy tờ tùy thân" field: 12 digits is a CCCD, 9 digits
 * a CMND, a letter and 7 digits a passport. A 12-digit number is fully checked as a CCCD so
 * that an impossible province is reported with its own, more helpful, code.
 */
export function validateIdNumber(
  input: string,
): Result<{ kind: IdKind; number: string }, IdNumberError> {
  const value = input.trim();
  if (value === '') return err('ID_NUMBER_REQUIRED');
  if (/^[0-9]{12}$/.test(value)) {
    const cccd = validateCccd(value);
    return cccd.ok ? ok({ kind: 'cccd', number: value }) : cccd;
  }
  if (/^[0-9]{9}$/.test(value)) return ok({ kind: 'cmnd', number: value });
  const passport = validatePassport(value);
  if (passport.ok) return ok({ kind: 'passport', number: passport.value });
  return err('ID_NUMBER_INVALID');
}
