import { describe, expect, it } from 'vitest';
import {
  leadingZeroBits,
  newSalt,
  powDigest,
  solveProofOfWork,
  verifyProofOfWork,
} from './proof-of-work.ts';

describe('proof of work', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Uint8Array.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Uint8Array.from([0x01, 0xff]))).toBe(7);
    expect(leadingZeroBits(Uint8Array.from([0x00, 0x10]))).toBe(11);
    expect(leadingZeroBits(Uint8Array.from([0x00, 0x00]))).toBe(16);
  });

  it('accepts a solution and refuses a wrong one', () => {
    const salt = newSalt();
    const nonce = solveProofOfWork(salt, 12);
    expect(verifyProofOfWork(salt, 12, nonce)).toBe(true);
    expect(leadingZeroBits(powDigest(salt, nonce))).toBeGreaterThanOrEqual(12);
    // A nonce whose hash does not start with 12 zero bits is refused.
    let wrong = 0;
    while (leadingZeroBits(powDigest(salt, String(wrong))) >= 12) wrong++;
    expect(verifyProofOfWork(salt, 12, String(wrong))).toBe(false);
    // A harder difficulty than the solution reached is refused.
    const reached = leadingZeroBits(powDigest(salt, nonce));
    expect(verifyProofOfWork(salt, reached + 1, nonce)).toBe(false);
  });

  it('refuses nonces that are not short decimal strings', () => {
    const salt = newSalt();
    for (const bad of ['', '-1', '1e3', ' 1', '0x10', '1'.repeat(21), '１'])
      expect(verifyProofOfWork(salt, 0, bad)).toBe(false);
    expect(verifyProofOfWork(salt, 0, '0')).toBe(true);
  });

  it('makes fresh salts', () => {
    expect(new Set(Array.from({ length: 50 }, newSalt)).size).toBe(50);
  });
});
