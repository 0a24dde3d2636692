import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/client.ts';

export type QueueOptions = { pollSeconds: number };

/** Several instances starting together declare queues one at a time (see ensureQueue). */
const QUEUE_DDL_LOCK = 7_370_010;

/**
 * The PostgreSQL-backed job queue (pg-boss 10). It talks through our own connection — the
 * PGlite instance or the pg pool — so jobs live in the same database as the data that made them.
 */
export class JobQueue {
  readonly boss: PgBoss;
  private started = false;
  /** This process's worker ids per queue, to wake them when this process queues a job. */
  private readonly workers = new Map<string, string[]>();

  constructor(
    private readonly database: Database,
    private readonly opts: QueueOptions,
    private readonly log: Logger,
  ) {
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => database.executeSql(text, values) },
      schema: 'pgboss',
      migrate: true,
      // Cron schedules are not used; supervision (maintenance, expiry) is.
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: 120,
    });
    this.boss.on('error', (err) => this.log.warn({ err: err.message }, 'job queue error'));
  }

  async start(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  /**
   * Declares a queue with its retry policy; idempotent. Under an advisory lock: pg-boss creates a
   * partition per queue, and two instances starting at once deadlocked in createQueue
   * (`npm run start:cluster`).
   */
  async ensureQueue(
    name: string,
    retry: { limit: number; delaySeconds: number; backoff: boolean },
  ): Promise<void> {
    await this.database.withAdvisoryLock(QUEUE_DDL_LOCK, () => this.declare(name, retry));
  }

  private async declare(
    name: string,
    retry: { limit: number; delaySeconds: number; backoff: boolean },
  ): Promise<void> {
    const existing = await this.boss.getQueue(name);
    const options = {
      name,
      retryLimit: retry.limit,
      retryDelay: retry.delaySeconds,
      retryBackoff: retry.backoff,
      expireInSeconds: 120,
    };
    if (existing) await this.boss.updateQueue(name, options);
    else await this.boss.createQueue(name, options);
  }

  /**
   * Queues a job and wakes this process's workers of that queue, so a job queued here (the OTP
   * mail after its commit) starts at once instead of at the next poll; other instances still
   * find it by polling.
   */
  async send(name: string, data: object, options?: { startAfter: number }): Promise<string | null> {
    const id = options
      ? await this.boss.send(name, data, options)
      : await this.boss.send(name, data);
    for (const workerId of this.workers.get(name) ?? []) this.boss.notifyWorker(workerId);
    return id;
  }

  /**
   * Runs `handler` for each job; a throw marks the job failed and pg-boss retries it. pg-boss
   * fetches once per poll interval, so `batchSize` > 1 (handled concurrently) is what lets a
   * burst drain faster than one job per interval; a failure then retries the whole batch, so
   * handlers must be idempotent (mail delivery is: a sent row is skipped).
   */
  async work<T extends object>(
    name: string,
    handler: (data: T) => Promise<void>,
    o: { batchSize?: number } = {},
  ): Promise<void> {
    const workerId = await this.boss.work<T>(
      name,
      { pollingIntervalSeconds: this.opts.pollSeconds, batchSize: o.batchSize ?? 1 },
      async (jobs) => {
        const results = await Promise.allSettled(jobs.map((job) => handler(job.data)));
        const failed = results.find((r) => r.status === 'rejected');
        if (failed) throw failed.reason;
      },
    );
    this.workers.set(name, [...(this.workers.get(name) ?? []), workerId]);
  }

  /** Stops fetching, lets running jobs finish (up to timeoutMs), keeps the connection open. */
  async stop(timeoutMs: number): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.workers.clear();
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
  }
}
