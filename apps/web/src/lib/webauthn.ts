import {
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
import { apiFetch } from './api.ts';

/** True when this browser can use passkeys ("vân tay / khuôn mặt"). */
export function passkeysSupported(): boolean {
  return typeof window !== 'undefined' && 'PublicKeyCredential' in window;
}

/** The server may answer the options bare or wrapped ({ options } / { optionsJSON }). */
function optionsOf<T>(data: unknown): T {
  const d = data as { options?: unknown; optionsJSON?: unknown; challenge?: unknown };
  return (d.challenge ? d : (d.optionsJSON ?? d.options ?? d)) as T;
}

/** Options from the server → the authenticator → the signed assertion, ready to POST. */
export async function passkeyAssertion(optionsPath: string) {
  const options = await apiFetch(optionsPath, { method: 'POST' });
  return startAuthentication({
    optionsJSON: optionsOf<PublicKeyCredentialRequestOptionsJSON>(options),
  });
}

/** Options from the server → the authenticator creates a passkey → the attestation. */
export async function passkeyAttestation(optionsPath: string) {
  const options = await apiFetch(optionsPath, { method: 'POST' });
  return startRegistration({
    optionsJSON: optionsOf<PublicKeyCredentialCreationOptionsJSON>(options),
  });
}

/**
 * The person closed the prompt, or the device has no matching passkey: a calm "try again",
 * not an error report. @simplewebauthn wraps the DOMException as a WebAuthnError.
 */
export function passkeyCancelled(error: unknown): boolean {
  const e = error as { name?: string; code?: string; cause?: { name?: string } } | null;
  return (
    e?.name === 'NotAllowedError' ||
    e?.cause?.name === 'NotAllowedError' ||
    e?.code === 'ERROR_CEREMONY_ABORTED'
  );
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** A short, human name for a new passkey, shown in the list later: "Chrome – Android". */
export function deviceName(): string {
  const ua = navigator.userAgent;
  const pick = (list: [RegExp, string][]) => list.find(([re]) => re.test(ua))?.[1];
  return [pick(BROWSERS) ?? 'Passkey', pick(SYSTEMS)].filter(Boolean).join(' – ');
}
