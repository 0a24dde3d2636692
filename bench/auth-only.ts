import { authBench } from './auth.bench.ts';

/**
 * `npm run bench:auth`: password and passkey sign-in vs raw argon2id verify, alone (PGlite; also
 * PostgreSQL when BENCH_DATABASE_URL is set). BENCH_SECONDS (default 10) per measurement.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
console.log(`sign-in bench — ${new Date().toISOString()} — Node ${process.version}`);
await authBench(seconds, 'pglite');
if (process.env.BENCH_DATABASE_URL) await authBench(seconds, 'postgres');
process.exit(0);
