import { and, eq, inArray, lt, notExists, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { registrationPhotos, storedFiles } from '../db/schema/index.ts';
import type { FileStorage } from '../integrations/storage/file-storage.ts';

/** The default FileStorage: rows of (already encrypted) bytes in the `stored_files` table. */
export function storedFileRepository(db: Db): FileStorage & {
  deleteOrphans(olderThan: Date): Promise<number>;
} {
  return {
    async put(key, data, at) {
      await db
        .insert(storedFiles)
        .values({ key, ciphertext: data, size: data.length, createdAt: at });
    },
    async get(key) {
      const [row] = await db.select().from(storedFiles).where(eq(storedFiles.key, key));
      return row?.ciphertext;
    },
    async delete(keys) {
      if (keys.length > 0) await db.delete(storedFiles).where(inArray(storedFiles.key, keys));
    },
    /** Files no photo points at (an upload interrupted between the two writes), once old. */
    async deleteOrphans(olderThan) {
      const rows = await db
        .delete(storedFiles)
        .where(
          and(
            lt(storedFiles.createdAt, olderThan),
            notExists(
              db
                .select({ one: sql`1` })
                .from(registrationPhotos)
                .where(eq(registrationPhotos.fileKey, storedFiles.key)),
            ),
          ),
        )
        .returning({ key: storedFiles.key });
      return rows.length;
    },
  };
}
