import pino from 'pino';
import { buildApp } from './app.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { isDatabaseUnavailable } from './lib/db-errors.ts';
import { handleProcessError } from './lib/process-errors.ts';
import { createRuntime, type Runtime } from './runtime.ts';

/** Starts the server: config → runtime (retrying while the database comes up) → HTTP. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nThe server did not start.\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = pino({
    level: config.logLevel,
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });

  const runtime = await openWithRetry(config, log);
  const app = await buildApp(runtime);

  let closing = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down: draining requests and jobs');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000);
    force.unref();
    try {
      await app.close();
      await runtime.close();
      process.exit(exitCode);
    } catch (err) {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // A lost database connection keeps the process serving; any other unhandled error drains and
  // exits 1 (lib/process-errors.ts).
  for (const origin of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(origin, (err) =>
      handleProcessError(err, origin, log, () => void shutdown(origin, 1)),
    );
  }

  await app.listen({ port: config.port, host: config.host });
  log.info(
    { url: `http://localhost:${config.port}`, database: runtime.database.driver, env: config.env },
    'VssID is listening',
  );
}

async function openWithRetry(config: Config, log: pino.Logger): Promise<Runtime> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await createRuntime({ config, log });
    } catch (err) {
      if (!isDatabaseUnavailable(err) || attempt >= 30) throw err;
      log.warn({ attempt, err: (err as Error).message }, 'database not reachable yet; retrying');
      await new Promise((r) => setTimeout(r, Math.min(1000 * attempt, 5000)));
    }
  }
}

main().catch((err) => {
  process.stderr.write(`Fatal: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
