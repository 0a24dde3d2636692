import { and, asc, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { registrationPhotos, registrations } from '../db/schema/index.ts';

export type PhotoRow = typeof registrationPhotos.$inferSelect;
export type PhotoKind = PhotoRow['kind'];

/** The photos of registrations (metadata; the bytes are in the file storage). */
export function registrationPhotoRepository(db: Db) {
  return {
    /** Sets the photo of a kind; returns the file key of the photo it replaced, if any. */
    async put(v: Omit<PhotoRow, 'id'>): Promise<string | undefined> {
      const [old] = await db
        .select({ fileKey: registrationPhotos.fileKey })
        .from(registrationPhotos)
        .where(
          and(
            eq(registrationPhotos.registrationId, v.registrationId),
            eq(registrationPhotos.kind, v.kind),
          ),
        );
      await db
        .insert(registrationPhotos)
        .values(v)
        .onConflictDoUpdate({
          target: [registrationPhotos.registrationId, registrationPhotos.kind],
          set: {
            fileKey: v.fileKey,
            size: v.size,
            width: v.width,
            height: v.height,
            sourceType: v.sourceType,
            uploadedAt: v.uploadedAt,
          },
        });
      return old && old.fileKey !== v.fileKey ? old.fileKey : undefined;
    },
    async list(registrationId: string): Promise<PhotoRow[]> {
      return db
        .select()
        .from(registrationPhotos)
        .where(eq(registrationPhotos.registrationId, registrationId))
        .orderBy(asc(registrationPhotos.kind));
    },
    async get(registrationId: string, kind: PhotoKind): Promise<PhotoRow | undefined> {
      const [row] = await db
        .select()
        .from(registrationPhotos)
        .where(
          and(
            eq(registrationPhotos.registrationId, registrationId),
            eq(registrationPhotos.kind, kind),
          ),
        );
      return row;
    },
    /** Removes photos (all kinds unless given); returns their file keys for the storage. */
    async remove(registrationIds: string[], kind?: PhotoKind): Promise<string[]> {
      if (registrationIds.length === 0) return [];
      const rows = await db
        .delete(registrationPhotos)
        .where(
          and(
            inArray(registrationPhotos.registrationId, registrationIds),
            kind ? eq(registrationPhotos.kind, kind) : undefined,
          ),
        )
        .returning({ fileKey: registrationPhotos.fileKey });
      return rows.map((r) => r.fileKey);
    },
    /** Refused applications whose photos are due for deletion (30 days after the refusal). */
    async refusedDue(now: Date, limit = 500): Promise<string[]> {
      const rows = await db
        .selectDistinct({ id: registrations.id })
        .from(registrations)
        .innerJoin(registrationPhotos, eq(registrationPhotos.registrationId, registrations.id))
        .where(
          and(
            eq(registrations.status, 'rejected'),
            isNotNull(registrations.filesPurgeAt),
            lte(registrations.filesPurgeAt, now),
          ),
        )
        .limit(limit);
      return rows.map((r) => r.id);
    },
  };
}
export type RegistrationPhotoRepository = ReturnType<typeof registrationPhotoRepository>;
