import pino from 'pino';
import { loadConfig } from '../config.ts';
import { systemClock } from '../lib/clock.ts';
import { deriveSecrets, loadMasterSecret } from '../lib/secrets.ts';
import { openDatabase } from './client.ts';
import { runMigrations } from './migrate.ts';
import { seedAdminUnits } from './seed/admin-units.ts';
import { seedDemo } from './seed/demo.ts';
import { seedDemoStaff } from './seed/demo-staff.ts';
import { seedPopulation } from './seed/population.ts';

/**
 * `npm run db:seed`: migrations, reference data and demo data, each only if missing.
 * `npm run db:seed -- --citizens N` also generates N people with records (seed/population.ts).
 */
const config = loadConfig();
const log = pino({ level: config.logLevel });
const database = await openDatabase(config.database, log);
try {
  await runMigrations(database);
  log.info({ loaded: await seedAdminUnits(database) }, 'administrative units');
  log.info({ seeded: await seedDemo(database) }, 'demo data');
  const { fieldKey } = deriveSecrets(loadMasterSecret(config.appSecret, config.dataDir));
  log.info({ seeded: await seedDemoStaff(database, fieldKey) }, 'demo staff');
  const at = process.argv.indexOf('--citizens');
  const citizens = at > 0 ? Number(process.argv[at + 1]) : 0;
  if (!Number.isInteger(citizens) || citizens < 0)
    throw new Error('--citizens needs a whole number');
  if (citizens > 0) {
    const started = Date.now();
    await seedPopulation(database, { citizens, now: systemClock.now() });
    const perMinute = Math.round((citizens / (Date.now() - started)) * 60_000);
    log.info({ citizens, perMinute }, 'generated population');
  }
} finally {
  await database.close();
}
