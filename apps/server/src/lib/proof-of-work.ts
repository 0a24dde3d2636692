import { createHash, randomBytes } from 'node:crypto';

/**
 * Self-hosted proof of work for the public BHXH-code lookup (no third-party captcha): the
 * client must find a decimal `nonce` such that SHA-256(`${salt}:${nonce}`) starts with
 * `difficulty` zero bits. Checking costs one hash; finding costs about 2^difficulty.
 */

/** A fresh random salt (base64url, 128 bits). */
export function newSalt(): string {
  return randomBytes(16).toString('base64url');
}

/** Number of leading zero bits of a digest. */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export function powDigest(salt: string, nonce: string): Buffer {
  return createHash('sha256').update(`${salt}:${nonce}`).digest();
}

const NONCE = /^\d{1,20}$/;

/** True when `nonce` (a decimal string) solves the challenge. */
export function verifyProofOfWork(salt: string, difficulty: number, nonce: string): boolean {
  if (!NONCE.test(nonce)) return false;
  return leadingZeroBits(powDigest(salt, nonce)) >= difficulty;
}

/** Finds a nonce by brute force (tests and tools; the browser solves in a Web Worker). */
export function solveProofOfWork(salt: string, difficulty: number): string {
  for (let n = 0; ; n++) {
    const nonce = String(n);
    if (leadingZeroBits(powDigest(salt, nonce)) >= difficulty) return nonce;
  }
}
