import { authBench } from './auth.bench.ts';
import { healthBench } from './health.bench.ts';
import { importInterleaveBench } from './import-interleave.bench.ts';
import { lookupsBench } from './lookups.bench.ts';
import { recordsBench } from './records.bench.ts';
import { registrationBench } from './registration.bench.ts';
import { rosterBench } from './roster.bench.ts';

/** `npm run bench`: each benchmark prints its baseline and the ratio to it. */
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
console.log(`VssID benchmarks — ${new Date().toISOString()} — Node ${process.version}`);
await healthBench('pglite', seconds);
await healthBench('postgres', seconds);
await authBench(Math.min(seconds, 10), 'pglite');
await authBench(Math.min(seconds, 10), 'postgres');
for (const driver of ['pglite', 'postgres'] as const) await registrationBench(driver);
for (const driver of ['pglite', 'postgres'] as const) await recordsBench(driver, seconds);
for (const driver of ['pglite', 'postgres'] as const) await lookupsBench(driver, seconds);
await importInterleaveBench();
await rosterBench();
process.exit(0);
