import { fileURLToPath } from 'node:url';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './client.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));
const MIGRATION_LOCK = 7_370_001;

/** Applies the committed drizzle-kit migrations; idempotent, and safe with several instances. */
export async function runMigrations(database: Database): Promise<void> {
  await database.withAdvisoryLock(MIGRATION_LOCK, async () => {
    const config = { migrationsFolder: MIGRATIONS_DIR };
    if (database.driver === 'pglite') {
      // biome-ignore lint/suspicious/noExplicitAny: the driver-specific handle behind Db
      await migratePglite(database.db as any, config);
    } else {
      // biome-ignore lint/suspicious/noExplicitAny: the driver-specific handle behind Db
      await migratePg(database.db as any, config);
    }
  });
}
