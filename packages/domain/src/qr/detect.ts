import { parseBhytCardNumber } from '../bhyt-card.ts';
import { stripQrPayload } from './payload.ts';

/** What a scanned QR code looks like it is. */
export type QrKind = 'bhyt' | 'cccd' | 'unknown';

/**
 * Guesses the kind of a scanned QR code from its shape only, so that a scanner screen can say
 * "this is neither a BHYT card nor a CCCD" before decoding. A payload of the right kind
 * that is damaged still gets its kind here, and then the decoder's specific error.
 */
export function detectQrKind(payload: string): QrKind {
  const text = stripQrPayload(payload);
  const parts = text.split('|');
  const first = parts[0] ?? '';
  if (parts.length >= 2 && text.endsWith('|$') && parseBhytCardNumber(first).ok) return 'bhyt';
  if ((parts.length === 6 || parts.length === 7) && /^[0-9]{12}$/.test(first)) return 'cccd';
  return 'unknown';
}
