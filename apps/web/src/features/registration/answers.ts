import type { DraftAnswers, RegistrationDraft } from '@vssid/contracts';
import { formatDate, isValidIsoDate } from '@vssid/domain';

/** The form as typed; every field a string ('' when empty), birth date as dd/mm/yyyy. */
export type Answers = Required<{ [K in keyof DraftAnswers]: string }>;
export type AnswerKey = keyof Answers;

export const EMPTY_ANSWERS: Answers = {
  bhxhCode: '',
  fullName: '',
  idNumber: '',
  birthDate: '',
  provinceCode: '',
  communeCode: '',
  street: '',
  phone: '',
  agencyId: '',
  email: '',
};

export const ANSWER_KEYS = Object.keys(EMPTY_ANSWERS) as AnswerKey[];

/** The server keeps normalized values once step 1–2 passed: show its ISO dates as dd/mm/yyyy. */
function shown(key: AnswerKey, value: string): string {
  return key === 'birthDate' && isValidIsoDate(value) ? formatDate(value) : value;
}

/**
 * Fills what this tab has not typed from the server draft. What the tab holds wins: it is
 * never older than the server's copy (it is written on every keystroke, before autosave).
 */
export function mergeAnswers(local: Answers, draft: RegistrationDraft): Partial<Answers> {
  const patch: Partial<Answers> = {};
  for (const key of ANSWER_KEYS) {
    const saved = draft.answers[key];
    if (local[key] === '' && saved) patch[key] = shown(key, saved);
  }
  return patch;
}
