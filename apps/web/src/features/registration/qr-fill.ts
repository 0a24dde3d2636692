import { decodeBhytQr, decodeCccdQr, detectQrKind, formatDate } from '@vssid/domain';
import type { AnswerKey, Answers } from './answers.ts';

/** What a scanned code gives the form. */
export type QrReading =
  | { kind: 'unknown' }
  | { kind: 'invalid'; code: string }
  | { kind: 'bhyt'; values: Partial<Answers> }
  | { kind: 'cccd'; values: Partial<Answers>; address: string };

/**
 * BHYT card: the 10-digit BHXH code (the last 10 characters of an old 15-character card
 * number, which the decoder already splits off) and the name. CCCD: number, name, birth
 * date, and the address text for the server to match to today's province and commune.
 */
export function readQr(payload: string): QrReading {
  const kind = detectQrKind(payload);
  if (kind === 'bhyt') {
    const r = decodeBhytQr(payload);
    if (!r.ok) return { kind: 'invalid', code: r.error };
    return {
      kind: 'bhyt',
      values: { bhxhCode: r.value.cardNumber.bhxhCode, fullName: r.value.fullName },
    };
  }
  if (kind === 'cccd') {
    const r = decodeCccdQr(payload);
    if (!r.ok) return { kind: 'invalid', code: r.error };
    const { cccd, fullName, birthDate, address } = r.value;
    return {
      kind: 'cccd',
      values: { idNumber: cccd, fullName, birthDate: formatDate(birthDate) },
      address,
    };
  }
  return { kind: 'unknown' };
}

export interface QrChange {
  key: AnswerKey;
  /** '' when the field was empty. */
  from: string;
  to: string;
  /** What to show instead of a code (a province or commune name). */
  shown?: { from: string; to: string };
}

/** The fields a reading would change (empty ones filled, different ones replaced). */
export function changesFrom(answers: Answers, values: Partial<Answers>): QrChange[] {
  const out: QrChange[] = [];
  for (const [key, to] of Object.entries(values) as [AnswerKey, string][]) {
    if (to && answers[key].trim() !== to) out.push({ key, from: answers[key], to });
  }
  return out;
}

export const applyChanges = (changes: readonly QrChange[]): Partial<Answers> =>
  Object.fromEntries(changes.map((c) => [c.key, c.to]));

export const undoChanges = (changes: readonly QrChange[]): Partial<Answers> =>
  Object.fromEntries(changes.map((c) => [c.key, c.from]));
