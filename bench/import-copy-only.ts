import { importCopyBench } from './import.bench.ts';

/** `npm run bench:import-copy`: the participation import vs COPY on PostgreSQL, alone. */
await importCopyBench();
process.exit(0);
