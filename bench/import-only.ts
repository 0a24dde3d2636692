import { importInterleaveBench } from './import-interleave.bench.ts';

/** `npm run bench:import`: /api/health p99 during a 100,000-row import on PGlite, alone. */
await importInterleaveBench();
process.exit(0);
