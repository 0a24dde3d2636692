import { err, ok, type Result } from './result.ts';

/** Every code `validateVnMobile` can return. */
export const MOBILE_ERRORS = [
  'MOBILE_REQUIRED',
  'MOBILE_NOT_DIGITS',
  'MOBILE_LENGTH',
  'MOBILE_LANDLINE',
  'MOBILE_PREFIX_UNKNOWN',
] as const;

/** Failure codes of `validateVnMobile`. */
export type MobileError = (typeof MOBILE_ERRORS)[number];

/**
 * Three-digit mobile prefixes in use since the 2018 renumbering (Viettel, VinaPhone, MobiFone,
 * Vietnamobile, Gmobile, Itelecom, Reddi, Wintel). 095 (S-Fone, closed) and 080/069 (internal
 * networks) are left out because an OTP sent there would never arrive.
 */
// biome-ignore format: grouped by leading digit, as the allocation is published
export const VN_MOBILE_PREFIXES: readonly string[] = [
  '032', '033', '034', '035', '036', '037', '038', '039',
  '052', '055', '056', '058', '059',
  '070', '076', '077', '078', '079',
  '081', '082', '083', '084', '085', '086', '087', '088', '089',
  '090', '091', '092', '093', '094', '096', '097', '098', '099',
];

/**
 * Validates a Vietnamese mobile number and returns it as '0' + 9 digits, the form SMS
 * gateways and the records use. Accepts '0…', '+84…', '84…' and '+84 (0)…', ignoring the
 * spaces, dots, dashes and parentheses people type to group digits.
 */
export function validateVnMobile(input: string): Result<string, MobileError> {
  const compact = input.replace(/[\s.\-()]/g, '');
  if (compact === '') return err('MOBILE_REQUIRED');
  if (!/^\+?[0-9]+$/.test(compact)) return err('MOBILE_NOT_DIGITS');
  const national = toNational(compact);
  if (national === undefined) return err('MOBILE_LENGTH');
  if (national.length === 11 && national.startsWith('02')) return err('MOBILE_LANDLINE');
  if (national.length !== 10) return err('MOBILE_LENGTH');
  if (!VN_MOBILE_PREFIXES.includes(national.slice(0, 3))) return err('MOBILE_PREFIX_UNKNOWN');
  return ok(national);
}

/** Rewrites international forms to the national one; undefined for a '+' not followed by 84. */
function toNational(compact: string): string | undefined {
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+84')) return undefined;
    return dropCountryCode(compact.slice(3));
  }
  if (compact.startsWith('84') && compact.length >= 11) return dropCountryCode(compact.slice(2));
  return compact;
}

function dropCountryCode(rest: string): string {
  // "+84 (0) 912…" keeps the trunk zero after the country code; it must not be doubled.
  return rest.startsWith('0') ? rest : `0${rest}`;
}
