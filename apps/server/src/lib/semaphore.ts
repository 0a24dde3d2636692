/** Thrown when every slot is taken and the waiting line is full (or waited too long). */
export class SemaphoreFullError extends Error {
  constructor() {
    super('semaphore full');
    this.name = 'SemaphoreFullError';
  }
}

/**
 * At most `max` tasks at once, at most `maxQueue` waiting, none waiting longer than `maxWaitMs`.
 * Beyond that `run` rejects at once instead of queueing without bound: memory stays flat under a
 * flood, and the caller answers 503 with Retry-After.
 */
export class Semaphore {
  private active = 0;
  private readonly waiting: { start: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(
    private readonly max: number,
    private readonly maxQueue: number,
    private readonly maxWaitMs = 10_000,
  ) {}

  /** Tasks running now and waiting now. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.maxQueue) return Promise.reject(new SemaphoreFullError());
    return new Promise((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const i = this.waiting.indexOf(entry);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(new SemaphoreFullError());
        }, this.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter: `active` stays the same.
    if (next) next.start();
    else this.active--;
  }
}
