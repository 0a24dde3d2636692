import { randomInt } from 'node:crypto';

// No 0/o, 1/l/i: the password is read from a mail and typed on a phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** "k7fm-2xqa-r9dp-w3tn": 16 random characters (≈79 bits), grouped by four for typing. */
export function randomPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let s = '';
    for (let i = 0; i < 4; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(s);
  }
  return groups.join('-');
}
