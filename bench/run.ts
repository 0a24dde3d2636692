import { healthBench } from './health.bench.ts';

/** `npm run bench`: each benchmark prints its baseline and the ratio to it. */
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
console.log(`VssID benchmarks — ${new Date().toISOString()} — Node ${process.version}`);
await healthBench('pglite', seconds);
await healthBench('postgres', seconds);
process.exit(0);
