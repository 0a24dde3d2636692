import { DRAFT_TOKEN_HEADER } from '@vssid/contracts';

/** What the browser keeps of a registration: the server draft's id and its secret token. */
export interface StoredDraft {
  id: string;
  draftToken: string;
}

const KEY = 'vssid.registration-draft';

/**
 * The draft itself (answers, photos) lives on the server; localStorage keeps only the key to
 * it, so closing the tab, a reload or a dropped connection can always resume it.
 */
export function readStoredDraft(): StoredDraft | null {
  try {
    const raw = localStorage.getItem(KEY);
    const value = raw ? (JSON.parse(raw) as Partial<StoredDraft>) : null;
    return value?.id && value.draftToken ? { id: value.id, draftToken: value.draftToken } : null;
  } catch {
    return null;
  }
}

export function storeDraft(draft: StoredDraft | null): void {
  try {
    if (draft) localStorage.setItem(KEY, JSON.stringify(draft));
    else localStorage.removeItem(KEY);
  } catch {
    // blocked storage: the draft still works for this page's lifetime
  }
}

export function draftHeaders(draft: StoredDraft): Record<string, string> {
  return { [DRAFT_TOKEN_HEADER]: draft.draftToken };
}

export const draftPath = (draft: StoredDraft, rest = '') =>
  `/api/registrations/${encodeURIComponent(draft.id)}${rest}`;
