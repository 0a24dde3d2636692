import pino from 'pino';
import { loadConfig } from '../config.ts';
import { systemClock } from '../lib/clock.ts';
import { deriveSecrets, loadMasterSecret } from '../lib/secrets.ts';
import { openDatabase } from './client.ts';
import { runMigrations } from './migrate.ts';
import { seedAdminUnits } from './seed/admin-units.ts';
import { seedDemo } from './seed/demo.ts';
import { BENCH_DIRECTORY_SIZES, seedDemoDirectories } from './seed/demo-directories.ts';
import { seedDemoStaff } from './seed/demo-staff.ts';
import { seedPopulation } from './seed/population.ts';

/**
 * `npm run db:seed`: migrations, reference data and demo data, each only if missing.
 * `npm run db:seed -- --citizens N` also generates N people with records (seed/population.ts).
 * `npm run db:seed -- --directories [realistic|agencies=N,facilities=N,employers=N,collectionPoints=N]`
 * fills the empty "Tra cứu" directories with generated demo rows (seed/demo-directories.ts).
 */
const config = loadConfig();
const log = pino({ level: config.logLevel });
const database = await openDatabase(config.database, log);
try {
  await runMigrations(database);
  log.info({ loaded: await seedAdminUnits(database) }, 'administrative units');
  log.info({ seeded: await seedDemo(database, systemClock.now()) }, 'demo data');
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
  const dir = process.argv.indexOf('--directories');
  if (dir > 0) {
    const arg = process.argv[dir + 1] ?? '';
    const sizes = arg === 'realistic' ? { ...BENCH_DIRECTORY_SIZES } : {};
    const parts = arg === '' || arg.startsWith('-') || arg === 'realistic' ? [] : arg.split(',');
    for (const part of parts) {
      const [k, v] = part.split('=');
      const known = ['agencies', 'facilities', 'employers', 'collectionPoints'];
      if (!known.includes(k ?? '') || !/^\d+$/.test(v ?? ''))
        throw new Error(`--directories: "${part}" is not name=number`);
      Object.assign(sizes, { [k!]: Number(v) });
    }
    const written = await seedDemoDirectories(database, sizes, (step, rows, ms) =>
      log.info({ rows, ms }, `directories: ${step}`),
    );
    log.info(written, 'demo directories (rows written; a directory that had rows is left alone)');
  }
} finally {
  await database.close();
}
