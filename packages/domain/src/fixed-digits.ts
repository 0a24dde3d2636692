import { err, ok, type Result } from './result.ts';

/** The three ways a fixed-length number typed by a person goes wrong, each with its own code. */
export interface FixedDigitsCodes<R extends string, D extends string, L extends string> {
  required: R;
  notDigits: D;
  length: L;
}

/**
 * Shared rule behind BHXH codes, CCCD and CMND numbers: trim what a paste adds around the
 * number, then tell apart "nothing typed", "typed letters" and "wrong number of digits",
 * because each needs a different hint for the person fixing it. Only ASCII digits count:
 * full-width digits from some keyboards would not match the records.
 */
export function validateFixedDigits<R extends string, D extends string, L extends string>(
  input: string,
  length: number,
  codes: FixedDigitsCodes<R, D, L>,
): Result<string, R | D | L> {
  const value = input.trim();
  if (value === '') return err(codes.required);
  if (!/^[0-9]+$/.test(value)) return err(codes.notDigits);
  if (value.length !== length) return err(codes.length);
  return ok(value);
}
