import {
  type ApplicantRequest,
  type IdentityChecked,
  type IdentityRequest,
  identityCheckedSchema,
  type RegistrationDraft,
  registrationDraftSchema,
} from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { draftHeaders, draftPath, type StoredDraft } from './draft-store.ts';

const parseDraft = (data: unknown) => registrationDraftSchema.parse(data);

/**
 * PUT …/identity — step 1 "Tiếp tục": the server checks the code and the name against the
 * records (and that the code has no account or pending application) before the address step.
 */
export function checkIdentity(
  stored: StoredDraft,
  body: IdentityRequest,
): Promise<IdentityChecked> {
  return apiFetch(draftPath(stored, '/identity'), {
    method: 'PUT',
    body,
    headers: draftHeaders(stored),
    parse: (data) => identityCheckedSchema.parse(data),
  });
}

/** PUT …/applicant — step 1–2 "Tiếp tục": the server checks the code, name and address. */
export function verifyApplicant(
  stored: StoredDraft,
  body: ApplicantRequest,
): Promise<RegistrationDraft> {
  return apiFetch(draftPath(stored, '/applicant'), {
    method: 'PUT',
    body,
    headers: draftHeaders(stored),
    parse: parseDraft,
  });
}

/** PUT …/consent — the explicit consent to process the photos (Law 91/2025/QH15). */
export function giveConsent(stored: StoredDraft): Promise<RegistrationDraft> {
  return apiFetch(draftPath(stored, '/consent'), {
    method: 'PUT',
    body: { accepted: true },
    headers: draftHeaders(stored),
    parse: parseDraft,
  });
}
