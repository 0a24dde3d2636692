import { PHOTO_MAX_BYTES, PHOTO_MIN_SIDE_PX } from '@vssid/contracts';
import { type FileStorage, newFileKey } from '../../integrations/storage/file-storage.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { normalizeImage } from '../../lib/image-normalize.ts';
import { Semaphore } from '../../lib/semaphore.ts';
import { presentPhoto } from '../../presenters/registration-draft.presenter.ts';
import type {
  PhotoKind,
  RegistrationPhotoRepository,
} from '../../repositories/registration-photo.repository.ts';
import type { DraftAccess } from './draft-access.ts';
import type { RegistrationDraftService } from './registration-draft.service.ts';

const MAX_SIDE_PX = 2000;
/**
 * Decoding a photo takes a core and up to 240 MB (60 MP as RGBA), so at most 2 run at once per
 * instance (the size of our machines) and 32 wait (a campus burst; the bodies are in memory
 * already, waiting adds none, and 32 drain in a few seconds); past that an upload gets 503 PHOTO_BUSY with
 * Retry-After at once instead of piling up in memory (the message asks to retry in seconds).
 */
export const PHOTO_DECODE_CONCURRENCY = 2;
export const PHOTO_DECODE_QUEUE = 32;

/**
 * Step 3 photos for the applicant: upload (after consent), fetch while the registration is a
 * draft, remove. Each upload is checked and re-encoded (lib/image-normalize.ts), then stored
 * encrypted under a fresh random key; a replaced photo's file is deleted.
 */
export function registrationPhotoService(deps: {
  access: DraftAccess;
  drafts: RegistrationDraftService;
  photos: RegistrationPhotoRepository;
  storage: FileStorage;
  clock: Clock;
}) {
  const decodeSlots = new Semaphore(PHOTO_DECODE_CONCURRENCY, PHOTO_DECODE_QUEUE, 10_000);
  return {
    /** For tests: the slots every photo decode takes. */
    decodeSlots,

    async upload(id: string, token: string | undefined, kind: PhotoKind, bytes: Buffer) {
      const row = await deps.access.openDraft(id, token);
      if (!row.consentAt)
        throw new AppError('CONSENT_REQUIRED', 409, [{ field: kind, code: 'CONSENT_REQUIRED' }]);
      const image = await normalizeImage(
        bytes,
        { maxBytes: PHOTO_MAX_BYTES, minSide: PHOTO_MIN_SIDE_PX, maxSide: MAX_SIDE_PX },
        kind,
        decodeSlots,
      );
      const now = deps.clock.now();
      const fileKey = newFileKey();
      await deps.storage.put(fileKey, image.jpeg, now);
      const photo = {
        registrationId: row.id,
        kind,
        fileKey,
        size: image.jpeg.length,
        width: image.width,
        height: image.height,
        sourceType: image.sourceType,
        uploadedAt: now,
      };
      const replaced = await deps.photos.put(photo);
      if (replaced) await deps.storage.delete([replaced]);
      const saved = await deps.drafts.save(row, {});
      return {
        photo: presentPhoto({ id: '', ...photo }, `/api/registrations/${row.id}`),
        draft: await deps.drafts.view(saved),
      };
    },

    /** The applicant's own photo, only while the registration is still a draft. */
    async file(id: string, token: string | undefined, kind: PhotoKind) {
      const row = await deps.access.open(id, token);
      if (row.status !== 'draft') throw AppError.notFound();
      const photo = await deps.photos.get(row.id, kind);
      const bytes = photo ? await deps.storage.get(photo.fileKey) : undefined;
      if (!bytes) throw AppError.notFound();
      return bytes;
    },

    async remove(id: string, token: string | undefined, kind: PhotoKind) {
      const row = await deps.access.openDraft(id, token);
      await deps.storage.delete(await deps.photos.remove([row.id], kind));
      return deps.drafts.view(await deps.drafts.save(row, {}));
    },
  };
}
