import { err, ok, type Result } from './result.ts';

/** Every code `validatePassport` can return. */
export const PASSPORT_ERRORS = ['PASSPORT_REQUIRED', 'PASSPORT_FORMAT'] as const;

/** Failure codes of `validatePassport`. */
export type PassportError = (typeof PASSPORT_ERRORS)[number];

/**
 * Validates a Vietnamese passport number: one letter then 7 digits (C1234567; B, N, P… for
 * other passport types). Input is trimmed and upper-cased because people type it from the
 * photo page in any case; the result is the upper-case form printed in the passport.
 */
export function validatePassport(input: string): Result<string, PassportError> {
  const value = input.trim().toUpperCase();
  if (value === '') return err('PASSPORT_REQUIRED');
  if (!/^[A-Z][0-9]{7}$/.test(value)) return err('PASSPORT_FORMAT');
  return ok(value);
}
