import pino from 'pino';
import { loadConfig } from '../config.ts';
import { openDatabase } from './client.ts';
import { runMigrations } from './migrate.ts';
import { seedAdminUnits } from './seed/admin-units.ts';
import { seedDemo } from './seed/demo.ts';

/** `npm run db:seed`: migrations, reference data and demo data, each only if missing. */
const config = loadConfig();
const log = pino({ level: config.logLevel });
const database = await openDatabase(config.database, log);
try {
  await runMigrations(database);
  log.info({ loaded: await seedAdminUnits(database) }, 'administrative units');
  log.info({ seeded: await seedDemo(database) }, 'demo data');
} finally {
  await database.close();
}
