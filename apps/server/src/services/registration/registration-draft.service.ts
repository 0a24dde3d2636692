import type { DraftAnswers } from '@vssid/contracts';
import { AppError } from '../../lib/app-error.ts';
import { type Clock, HOUR } from '../../lib/clock.ts';
import { presentDraft } from '../../presenters/registration-draft.presenter.ts';
import type {
  RegistrationPatch,
  RegistrationRepository,
  RegistrationRow,
} from '../../repositories/registration.repository.ts';
import type { RegistrationPhotoRepository } from '../../repositories/registration-photo.repository.ts';
import type { RateLimitService } from '../rate-limit.service.ts';
import { type DraftAccess, newToken, sha256 } from './draft-access.ts';
import { DRAFT_TTL_MS } from './registration-rules.ts';

/** Answers of step 1–2: changing one after the check means checking again. */
const APPLICANT_KEYS = [
  'bhxhCode',
  'fullName',
  'idNumber',
  'birthDate',
  'provinceCode',
  'communeCode',
  'street',
  'phone',
] as const;

/**
 * The server-side draft: created with a token only the browser holds, saved at every step, kept
 * 7 days after its last change. Creating drafts is limited per IP.
 */
export function registrationDraftService(deps: {
  repo: RegistrationRepository;
  photos: RegistrationPhotoRepository;
  access: DraftAccess;
  rateLimits: RateLimitService;
  clock: Clock;
  draftsPerHour: number;
}) {
  const { repo, clock } = deps;

  /** Every change pushes the expiry 7 days further. */
  const touch = (patch: RegistrationPatch = {}): RegistrationPatch => {
    const now = clock.now();
    return { ...patch, updatedAt: now, expiresAt: new Date(now.getTime() + DRAFT_TTL_MS) };
  };

  async function view(row: RegistrationRow) {
    return presentDraft(row, await deps.photos.list(row.id));
  }

  async function save(row: RegistrationRow, patch: RegistrationPatch) {
    const updated = await repo.update(row.id, 'draft', touch(patch));
    if (!updated) throw new AppError('REGISTRATION_ALREADY_SUBMITTED', 409);
    return updated;
  }

  /** Stores the answers as typed; a changed step 1–2 answer must be checked again. */
  async function saveAnswers(row: RegistrationRow, answers: DraftAnswers) {
    const merged = { ...row.answers, ...stripUndefined(answers) };
    const changed = APPLICANT_KEYS.some((k) => (merged[k] ?? '') !== (row.answers[k] ?? ''));
    return save(row, { answers: merged, ...(changed ? { applicantVerified: false } : {}) });
  }

  return {
    view,
    save,
    saveAnswers,
    touch,
    async create(ip: string) {
      await deps.rateLimits
        .enforce(`registration-draft:ip:${ip}`, deps.draftsPerHour, HOUR)
        .catch(limited);
      const token = newToken();
      const now = clock.now();
      const row = await repo.insertDraft({
        draftTokenHash: sha256(token),
        at: now,
        expiresAt: new Date(now.getTime() + DRAFT_TTL_MS),
      });
      return { id: row.id, draftToken: token, draft: await view(row) };
    },

    async get(id: string, token: string | undefined) {
      return view(await deps.access.open(id, token));
    },

    /** Autosave of what the form holds; no checks, but a changed step 1–2 must be checked again. */
    async patch(id: string, token: string | undefined, answers: DraftAnswers) {
      return view(await saveAnswers(await deps.access.openDraft(id, token), answers));
    },

    /** Explicit consent (Luật 91/2025/QH15), recorded with its time, before any upload. */
    async consent(id: string, token: string | undefined) {
      const row = await deps.access.openDraft(id, token);
      return view(await save(row, { consentAt: row.consentAt ?? clock.now() }));
    },
  };
}
export type RegistrationDraftService = ReturnType<typeof registrationDraftService>;

function stripUndefined(a: DraftAnswers): Record<string, string> {
  return Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}

/** The generic RATE_LIMITED becomes the registration's own message (same status and header). */
export function limited(err: unknown): never {
  if (err instanceof AppError && err.code === 'RATE_LIMITED')
    throw new AppError('REGISTRATION_RATE_LIMITED', 429, undefined, err.headers);
  throw err;
}
