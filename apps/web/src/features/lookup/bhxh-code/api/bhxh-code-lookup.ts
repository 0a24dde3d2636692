import {
  type BhxhCodeLookupRequest,
  type BhxhCodeLookupResult,
  bhxhCodeLookupResultSchema,
  type PowChallenge,
  powChallengeSchema,
} from '@vssid/contracts';
import { ApiRequestError, apiFetch } from '../../../../lib/api.ts';
import { powProgress } from '../pow.ts';
import { solveInWorker } from '../solve-in-worker.ts';

/** POST /api/lookups/bhxh-code — one person's code, not_found or ambiguous. */
export function lookupBhxhCode(body: BhxhCodeLookupRequest): Promise<BhxhCodeLookupResult> {
  return apiFetch('/api/lookups/bhxh-code', {
    method: 'POST',
    body,
    parse: (data) => bhxhCodeLookupResultSchema.parse(data),
  });
}

/** POST /api/lookups/bhxh-code/challenge — a proof-of-work puzzle bound to this device's address. */
export function requestChallenge(): Promise<PowChallenge> {
  return apiFetch('/api/lookups/bhxh-code/challenge', {
    method: 'POST',
    parse: (data) => powChallengeSchema.parse(data),
  });
}

export type LookupProgress =
  | { phase: 'searching' }
  /** Solving a challenge: `done` is the probable fraction (0–1). */
  | { phase: 'verifying'; done: number };

/**
 * The whole lookup as the person sees it: one press of "Tra cứu". When the server asks for a
 * challenge (428), it is fetched, solved in a Web Worker and the lookup sent again, with no
 * further click; `onProgress` drives "Đang xác minh…".
 */
export async function lookupWithChallenge(
  body: BhxhCodeLookupRequest,
  onProgress: (p: LookupProgress) => void,
  signal?: AbortSignal,
): Promise<BhxhCodeLookupResult> {
  onProgress({ phase: 'searching' });
  try {
    return await lookupBhxhCode(body);
  } catch (error) {
    if (!(error instanceof ApiRequestError) || error.code !== 'CHALLENGE_REQUIRED') throw error;
  }
  onProgress({ phase: 'verifying', done: 0 });
  const challenge = await requestChallenge();
  const nonce = await solveInWorker(
    challenge,
    (tried) => onProgress({ phase: 'verifying', done: powProgress(tried, challenge.difficulty) }),
    signal,
  );
  onProgress({ phase: 'searching' });
  return lookupBhxhCode({ ...body, challenge: { id: challenge.id, nonce } });
}
