import { posterLinkSchema, reminderPrefillSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';
import { draftHeaders, type StoredDraft } from './draft-store.ts';

/** A reminder link (?nhac=…) → its roster row's mã số BHXH (when the school gave it) and name. */
export const redeemReminder = (token: string) =>
  apiFetch('/api/drive-links/prefill', {
    method: 'POST',
    body: { token },
    parse: (d) => reminderPrefillSchema.parse(d),
  });

/** A poster link (?dot=…) → the drive's name; with the draft, ties the registration to it. */
export const posterLink = (token: string, draft?: StoredDraft) =>
  apiFetch('/api/drive-links/poster', {
    method: 'POST',
    body: draft ? { token, draftId: draft.id } : { token },
    ...(draft ? { headers: draftHeaders(draft) } : {}),
    parse: (d) => posterLinkSchema.parse(d),
  });
