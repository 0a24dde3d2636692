import { searchKey } from '@vssid/domain';
import { breachedPasswords } from './breached-passwords.ts';
import { weakness } from './password-strength.ts';

export const PASSWORD_MIN_CHARS = 12;
export const PASSWORD_MAX_BYTES = 256;

export type PasswordPolicyCode =
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_BREACHED'
  | 'PASSWORD_TOO_COMMON'
  | 'PASSWORD_TOO_GUESSABLE'
  | 'PASSWORD_CONTAINS_PERSONAL';

/** What a password must not contain: the account's own identifiers. */
export type PersonalInfo = {
  bhxhCode?: string | null;
  /** YYYY-MM-DD */
  birthDate?: string | null;
  fullName?: string | null;
  username?: string | null;
};

/** True when the UTF-8 form is over the limit: checked before anything is hashed. */
export function passwordTooLong(password: string): boolean {
  // A string of more than 256 UTF-16 units is over 256 bytes whatever it holds: no need to encode.
  if (password.length > PASSWORD_MAX_BYTES) return true;
  return Buffer.byteLength(password.normalize('NFC'), 'utf8') > PASSWORD_MAX_BYTES;
}

/**
 * NIST 800-63B's rules: length (characters after NFC, so "ộ" is one), a byte cap, not a common
 * breached password, not the person's code, birth date or name, and hard to guess as judged by
 * zxcvbn with Vietnamese dictionaries (password-strength.ts). No composition rules.
 * Returns the first rule broken, or null; the cheap exact rules run before the estimator.
 */
export function checkNewPassword(password: string, who: PersonalInfo): PasswordPolicyCode | null {
  if (passwordTooLong(password)) return 'PASSWORD_TOO_LONG';
  const nfc = password.normalize('NFC');
  if ([...nfc].length < PASSWORD_MIN_CHARS) return 'PASSWORD_TOO_SHORT';
  // The person's own data first: the most useful reason to show ("it contains your code").
  if (containsPersonal(nfc, who)) return 'PASSWORD_CONTAINS_PERSONAL';
  const lower = nfc.toLowerCase();
  const list = breachedPasswords();
  if (list.has(lower) || list.has(lower.replace(/\s+/g, ''))) return 'PASSWORD_BREACHED';
  return weakness(nfc, [who.bhxhCode, who.birthDate, who.fullName, who.username]);
}

function containsPersonal(password: string, who: PersonalInfo): boolean {
  const digits = password.replace(/\D/g, '');
  if (who.bhxhCode && digits.includes(who.bhxhCode)) return true;
  if (who.birthDate && dateForms(who.birthDate).some((f) => digits.includes(f))) return true;
  // Names compare without tones, case or spaces: "nguyen thi thu ha", "NguyenThiThuHa".
  const compact = (s: string) => searchKey(s).replace(/[^\p{L}\p{N}]/gu, '');
  const key = compact(password);
  for (const name of [who.fullName, who.username]) {
    const n = name ? compact(name) : '';
    if (n.length >= 4 && key.includes(n)) return true;
  }
  return false;
}

/** 1988-03-12 as people write it, separators removed: 12031988, 19880312, 1231988, 120388… */
function dateForms(isoDate: string): string[] {
  const [y, m, d] = isoDate.split('-');
  if (!y || !m || !d) return [];
  const yy = y.slice(2);
  const dd = String(Number(d));
  const mm = String(Number(m));
  return [
    `${d}${m}${y}`,
    `${y}${m}${d}`,
    `${m}${d}${y}`,
    `${dd}${mm}${y}`,
    `${d}${m}${yy}`,
    `${yy}${m}${d}`,
  ];
}
