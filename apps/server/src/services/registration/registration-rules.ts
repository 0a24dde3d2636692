import { issuesToFieldErrors } from '@vssid/contracts';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error.ts';
import type {
  RegistrationRepository,
  RegistrationRow,
} from '../../repositories/registration.repository.ts';
import type { RegistrationLookupRepository } from '../../repositories/registration-lookup.repository.ts';
import type { PhotoRow } from '../../repositories/registration-photo.repository.ts';

export const DRAFT_TTL_MS = 7 * 24 * 3600_000;
export const REFUSED_FILES_KEPT_MS = 30 * 24 * 3600_000;
export const ALL_PHOTOS = ['portrait', 'id_front', 'id_back'] as const;

/** On a registry match only the portrait is needed; otherwise both sides of the ID too. */
export function requiredPhotos(row: RegistrationRow): (typeof ALL_PHOTOS)[number][] {
  return row.applicantVerified && row.registryResult === 'match' ? ['portrait'] : [...ALL_PHOTOS];
}

/** What still blocks "Gửi", in the order of the steps. */
export function missingItems(row: RegistrationRow, photos: PhotoRow[]): string[] {
  const missing: string[] = [];
  if (!row.applicantVerified) missing.push('applicant');
  if (!row.consentAt) missing.push('consent');
  for (const kind of requiredPhotos(row))
    if (!photos.some((p) => p.kind === kind)) missing.push(kind);
  if (!row.answers.agencyId) missing.push('agencyId');
  if (!row.answers.email) missing.push('email');
  return missing;
}

const MISSING_CODES: Record<string, string> = {
  applicant: 'APPLICANT_NOT_VERIFIED',
  consent: 'CONSENT_REQUIRED',
  portrait: 'PHOTO_REQUIRED',
  id_front: 'PHOTO_REQUIRED',
  id_back: 'PHOTO_REQUIRED',
};

/** 422 REGISTRATION_INCOMPLETE naming each missing step (agency and email are checked apart). */
export function ensureComplete(row: RegistrationRow, photos: PhotoRow[]): void {
  const fields = missingItems(row, photos)
    .filter((m) => m in MISSING_CODES)
    .map((field) => ({ field, code: MISSING_CODES[field]! }));
  if (fields.length > 0) throw new AppError('REGISTRATION_INCOMPLETE', 422, fields);
}

/** The rules of one account and one pending application per BHXH code, and one email per code. */
export function registrationRules(deps: {
  lookup: RegistrationLookupRepository;
  repo: RegistrationRepository;
}) {
  return {
    async ensureCodeFree(bhxhCode: string, registrationId: string): Promise<void> {
      const refuse = (code: string) => new AppError(code, 409, [{ field: 'bhxhCode', code }]);
      if (await deps.lookup.accountExists(bhxhCode)) throw refuse('ACCOUNT_EXISTS');
      if (await deps.repo.pendingFor(bhxhCode, registrationId)) throw refuse('APPLICATION_EXISTS');
    },
    async ensureEmailFree(emailKey: string, bhxhCode: string): Promise<void> {
      if (
        (await deps.lookup.emailUsedByOtherAccount(emailKey, bhxhCode)) ||
        (await deps.repo.emailPendingForOtherCode(emailKey, bhxhCode))
      )
        throw new AppError('EMAIL_TAKEN', 409, [{ field: 'email', code: 'EMAIL_TAKEN' }]);
    },
  };
}
export type RegistrationRules = ReturnType<typeof registrationRules>;

/** Parses with a contract schema; a failure is the usual 400 with its field errors. */
export function parseOrRefuse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = issuesToFieldErrors(parsed.error.issues, 'vi').map(({ field, code }) => ({
    field,
    code,
  }));
  throw new AppError('VALIDATION_FAILED', 400, fields);
}
