import pino from 'pino';
import { loadConfig } from '../config.ts';
import { deriveSecrets, loadMasterSecret } from '../lib/secrets.ts';
import { openDatabase } from './client.ts';
import { runMigrations } from './migrate.ts';
import { seedAdminUnits } from './seed/admin-units.ts';
import { seedDemo } from './seed/demo.ts';
import { seedDemoStaff } from './seed/demo-staff.ts';

/** `npm run db:seed`: migrations, reference data and demo data, each only if missing. */
const config = loadConfig();
const log = pino({ level: config.logLevel });
const database = await openDatabase(config.database, log);
try {
  await runMigrations(database);
  log.info({ loaded: await seedAdminUnits(database) }, 'administrative units');
  log.info({ seeded: await seedDemo(database) }, 'demo data');
  const { fieldKey } = deriveSecrets(loadMasterSecret(config.appSecret, config.dataDir));
  log.info({ seeded: await seedDemoStaff(database, fieldKey) }, 'demo staff');
} finally {
  await database.close();
}
