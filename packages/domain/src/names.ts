import { searchKey } from './search-key.ts';

/**
 * Tidies a typed name for storage: NFC so that one name has one byte form whichever
 * keyboard typed it (Vietnamese IMEs emit both composed and combining tones), single spaces,
 * no surrounding blanks. Case is kept: it is the person's own spelling.
 */
export function normalizeName(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * True when two names are the same for a person reading them, ignoring case, diacritics and
 * spacing, as when checking a typed name against the insurance record. Two blank names do
 * not match: an empty field must never pass as a confirmation.
 */
export function namesMatch(a: string, b: string): boolean {
  const key = searchKey(a);
  return key !== '' && key === searchKey(b);
}
