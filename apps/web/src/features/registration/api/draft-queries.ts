import { type QueryClient, useQuery } from '@tanstack/react-query';
import {
  type DraftAnswers,
  draftCreatedSchema,
  type RegistrationDraft,
  registrationDraftSchema,
} from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { draftHeaders, draftPath, type StoredDraft, storeDraft } from './draft-store.ts';

export const draftKey = (id: string | undefined) => ['registration-draft', id] as const;
const parseDraft = (data: unknown) => registrationDraftSchema.parse(data);

/** POST /api/registrations — a new server draft; its id and token go to localStorage. */
export async function createDraft(): Promise<{ stored: StoredDraft; draft: RegistrationDraft }> {
  const created = await apiFetch('/api/registrations', {
    method: 'POST',
    body: {},
    parse: (data) => draftCreatedSchema.parse(data),
  });
  const stored = { id: created.id, draftToken: created.draftToken };
  storeDraft(stored);
  return { stored, draft: created.draft };
}

/** GET /api/registrations/:id — the saved answers, photos and what is still missing. */
export function fetchDraft(stored: StoredDraft, signal?: AbortSignal) {
  return apiFetch(draftPath(stored), { headers: draftHeaders(stored), signal, parse: parseDraft });
}

export function useDraft(stored: StoredDraft | null) {
  return useQuery({
    queryKey: draftKey(stored?.id),
    queryFn: ({ signal }) => fetchDraft(stored as StoredDraft, signal),
    enabled: stored !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** PATCH /api/registrations/:id — autosave of the answers as typed (no checks). */
export function saveAnswers(stored: StoredDraft, answers: DraftAnswers) {
  return apiFetch(draftPath(stored), {
    method: 'PATCH',
    body: answers,
    headers: draftHeaders(stored),
    parse: parseDraft,
  });
}

export function putDraft(client: QueryClient, draft: RegistrationDraft): void {
  client.setQueryData(draftKey(draft.id), draft);
}
