import { lookupsBench } from './lookups.bench.ts';

/** `npm run bench:lookups`: only the "Tra cứu" benchmark (both drivers, or DRIVERS=pglite|postgres). */
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const drivers = (process.env.DRIVERS ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
for (const d of drivers) await lookupsBench(d, seconds);
process.exit(0);
