// `npm run start:cluster`: N API instances (CLUSTER_WORKERS, default one per core) sharing one
// port through node:cluster, all on the PostgreSQL database of DATABASE_URL. Each worker is the
// same server as `npm start` (apps/server/src/main.ts): sessions, OTPs, challenges, rate limits
// and jobs live in PostgreSQL, so any worker may answer any request.
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ensureWebBuilt, ROOT } from './lib.mjs';

if (cluster.isPrimary) {
  if (!process.env.DATABASE_URL) {
    process.stderr.write(
      'start:cluster needs DATABASE_URL=postgres://… : the embedded PGlite database belongs to one\n' +
        'process (its directory cannot be opened twice), so several instances must share a\n' +
        'PostgreSQL server. Use `npm start` for a single instance on PGlite.\n',
    );
    process.exit(1);
  }
  const raw = process.env.CLUSTER_WORKERS;
  const workers = raw === undefined || raw === '' ? availableParallelism() : Number(raw);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    process.stderr.write(`CLUSTER_WORKERS: must be a whole number from 1 to 256 (got "${raw}")\n`);
    process.exit(1);
  }
  ensureWebBuilt();
  cluster.setupPrimary({
    exec: path.join(ROOT, 'apps/server/src/main.ts'),
    execArgv: [...process.execArgv, '--import', 'tsx'],
    cwd: ROOT,
  });

  let stopping = false;
  const listening = new Set();
  const fork = () => cluster.fork();
  const httpPort = Number(process.env.PORT || 3000);
  // The embedded mailbox listens too (earlier): only the HTTP port means the worker is serving.
  cluster.on('listening', (w, address) => {
    if (address.port === httpPort) listening.add(w.id);
  });
  cluster.on('exit', (w, code, signal) => {
    const served = listening.delete(w.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    console.error(`worker ${w.process.pid} exited (${signal ?? code})`);
    // A worker that dies before it listens (bad configuration, no database) would otherwise be
    // restarted forever.
    if (!served) {
      console.error('it died before serving: stopping the cluster');
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    console.error('starting another worker');
    fork();
  });
  const stop = (sig) => {
    if (stopping) return;
    stopping = true;
    // Each worker drains its requests and jobs (main.ts) and exits.
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  console.log(`VssID cluster: ${workers} workers on ${process.env.PORT ?? 3000}`);
  for (let i = 0; i < workers; i++) fork();
}
