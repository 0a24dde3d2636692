/**
 * The proof of work of "Tra cứu mã số BHXH" (contracts: powChallengeSchema): find a decimal
 * nonce such that SHA-256(`${salt}:${nonce}`) starts with `difficulty` zero bits. Shared by the
 * worker (which searches) and the tests.
 */

export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}

/** Hashes in flight at once: crypto.subtle is asynchronous, so batches keep it busy. */
const BATCH = 256;

/**
 * Searches nonces 0, 1, 2, … with WebCrypto's SHA-256 and returns the first that solves the
 * challenge. `onProgress` gets the number of hashes tried after each batch.
 */
export async function solvePow(
  salt: string,
  difficulty: number,
  onProgress?: (tried: number) => void,
  subtle: SubtleCrypto = crypto.subtle,
): Promise<string> {
  const encoder = new TextEncoder();
  for (let start = 0; ; start += BATCH) {
    const digests = await Promise.all(
      Array.from({ length: BATCH }, (_, i) =>
        subtle.digest('SHA-256', encoder.encode(`${salt}:${start + i}`)),
      ),
    );
    const hit = digests.findIndex((d) => leadingZeroBits(new Uint8Array(d)) >= difficulty);
    if (hit >= 0) return String(start + hit);
    onProgress?.(start + BATCH);
  }
}

/**
 * How far along a search probably is: the chance of having found a solution after `tried`
 * hashes (1 − e^(−tried / 2^difficulty)). Never reaches 1, so the bar keeps moving.
 */
export function powProgress(tried: number, difficulty: number): number {
  return 1 - Math.exp(-tried / 2 ** difficulty);
}
