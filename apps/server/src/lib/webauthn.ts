import { AppError } from './app-error.ts';

/** Challenges are valid 5 minutes (also the ceremony timeout given to the browser). */
export const WEBAUTHN_TTL_MS = 5 * 60_000;

/** Where a passkey ceremony may come from, from configuration. */
export type RelyingParty = { name: string; rpId: string; origins: string[] };

/**
 * The challenge the browser signed, read from clientDataJSON before verification: the server
 * consumes exactly that challenge (single use) and then lets @simplewebauthn check everything else.
 */
export function challengeOf(response: Record<string, unknown>, failure: string): string {
  const inner = response.response as { clientDataJSON?: unknown } | undefined;
  if (typeof response.id !== 'string' || typeof inner?.clientDataJSON !== 'string')
    throw new AppError(failure, 400);
  try {
    const client = JSON.parse(Buffer.from(inner.clientDataJSON, 'base64url').toString('utf8'));
    if (typeof client?.challenge === 'string' && client.challenge.length <= 512)
      return client.challenge;
  } catch {
    // falls through to the refusal below
  }
  throw new AppError(failure, 400);
}

/** The WebAuthn user handle for an account: its uuid's 16 bytes (no personal data on the device). */
export function userHandleOf(accountId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(accountId.replaceAll('-', ''), 'hex'));
}
