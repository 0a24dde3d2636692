import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LIST = fileURLToPath(new URL('../../data/passwords/common-passwords.txt', import.meta.url));

let cached: ReadonlySet<string> | null = null;

/**
 * The shipped list of common breached passwords (see data/passwords/SOURCE.md), read once per
 * process into a Set of lower-cased NFC strings.
 */
export function breachedPasswords(): ReadonlySet<string> {
  cached ??= new Set(
    readFileSync(LIST, 'utf8')
      .split('\n')
      .map((l) => l.trim().normalize('NFC').toLowerCase())
      .filter(Boolean),
  );
  return cached;
}
