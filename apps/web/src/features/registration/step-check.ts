import {
  type ApplicantRequest,
  applicantRequestSchema,
  type FieldError,
  type IdentityRequest,
  issuesToFieldErrors,
  type Lang,
} from '@vssid/contracts';
import { parseDate } from '@vssid/domain';
import type { AnswerKey, Answers } from './answers.ts';

export const IDENTITY_FIELDS = ['bhxhCode', 'fullName', 'idNumber', 'birthDate'] as const;
export const ADDRESS_FIELDS = ['provinceCode', 'communeCode', 'street', 'phone'] as const;
export type ApplicantField = (typeof IDENTITY_FIELDS)[number] | (typeof ADDRESS_FIELDS)[number];

/** The typed dd/mm/yyyy as ISO; a date that cannot be read becomes one the schema refuses. */
function isoBirthDate(typed: string): string {
  if (typed.trim() === '') return '';
  const r = parseDate(typed);
  return r.ok ? r.value : 'invalid';
}

export function toApplicantRequest(answers: Answers): ApplicantRequest {
  return {
    bhxhCode: answers.bhxhCode,
    fullName: answers.fullName,
    idNumber: answers.idNumber,
    birthDate: isoBirthDate(answers.birthDate),
    provinceCode: answers.provinceCode,
    communeCode: answers.communeCode,
    street: answers.street,
    phone: answers.phone,
  };
}

/** Step 1's fields, for the server's check of the code and the name. */
export function toIdentityRequest(answers: Answers): IdentityRequest {
  const { bhxhCode, fullName, idNumber, birthDate } = toApplicantRequest(answers);
  return { bhxhCode, fullName, idNumber, birthDate };
}

// Stand-ins for the other step's fields, so the schema's cross-field rule (a CCCD's birth
// year) can run while only the first step is filled in.
const FILLER: Partial<ApplicantRequest> = {
  provinceCode: '1',
  communeCode: '1',
  street: 'x',
  phone: '0912345678',
};

/**
 * The contract schema's verdict on one step's fields, in the same words the server uses.
 * Returns an empty list when the step is fine.
 */
export function checkStep(
  answers: Answers,
  fields: readonly AnswerKey[],
  lang: Lang,
): FieldError[] {
  const body = toApplicantRequest(answers);
  const filled = fields.includes('street')
    ? body
    : {
        ...body,
        ...Object.fromEntries(
          Object.entries(FILLER).filter(([k]) => !body[k as keyof ApplicantRequest]),
        ),
      };
  const parsed = applicantRequestSchema.safeParse(filled);
  if (parsed.success) return [];
  return issuesToFieldErrors(parsed.error.issues, lang).filter((f) =>
    fields.includes(f.field as AnswerKey),
  );
}
