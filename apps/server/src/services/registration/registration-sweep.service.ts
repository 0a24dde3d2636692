import type { FileStorage } from '../../integrations/storage/file-storage.ts';
import type { Clock } from '../../lib/clock.ts';
import type { RegistrationPhotoRepository } from '../../repositories/registration-photo.repository.ts';
import type { RegistrationQueueRepository } from '../../repositories/registration-queue.repository.ts';

const DAY = 24 * 3600_000;

/**
 * Deletes what must not be kept: drafts 7 days after their last change (with their photos),
 * the photos of refused applications 30 days after the refusal, and stored files no photo
 * points at (an upload cut between its two writes). Idempotent; safe on every instance.
 */
export function registrationSweepService(deps: {
  queue: RegistrationQueueRepository;
  photos: RegistrationPhotoRepository;
  storage: FileStorage;
  deleteOrphans?: (olderThan: Date) => Promise<number>;
  clock: Clock;
}) {
  return {
    async run(): Promise<{ drafts: number; refusedFiles: number; orphans: number }> {
      const now = deps.clock.now();
      const drafts = await deps.queue.expiredDrafts(now);
      await deps.storage.delete(await deps.photos.remove(drafts));
      await deps.queue.deleteDrafts(drafts);

      const refused = await deps.photos.refusedDue(now);
      const refusedKeys = await deps.photos.remove(refused);
      await deps.storage.delete(refusedKeys);

      const orphans = (await deps.deleteOrphans?.(new Date(now.getTime() - DAY))) ?? 0;
      return { drafts: drafts.length, refusedFiles: refusedKeys.length, orphans };
    },
  };
}
export type RegistrationSweepService = ReturnType<typeof registrationSweepService>;
