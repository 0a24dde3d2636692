import { hash, verify } from '@node-rs/argon2';

/** Algorithm.Argon2id — a const enum, which verbatimModuleSyntax cannot import. */
const ARGON2ID = 2;

/** OWASP's argon2id floor (19 MiB, t=2, p=1); the parameters travel inside each hash. */
export const ARGON2_PARAMS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2_PARAMS);
}

export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return verify(stored, password.normalize('NFC'));
}
