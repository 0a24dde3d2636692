import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Semaphore, SemaphoreFullError } from './semaphore.ts';

describe('Semaphore', () => {
  it('runs at most `max` tasks at once and queues the rest in order', async () => {
    const s = new Semaphore(2, 10);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        s.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await sleep(5);
          order.push(i);
          running--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(order).toHaveLength(8);
    expect(s.load).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses at once when the queue is full, instead of growing', async () => {
    const s = new Semaphore(1, 2);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => s.run(() => sleep(10))),
    );
    const refused = results.filter(
      (r) => r.status === 'rejected' && r.reason instanceof SemaphoreFullError,
    );
    expect(refused).toHaveLength(3);
  });

  it('gives up on a task that waited too long', async () => {
    const s = new Semaphore(1, 5, 20);
    const slow = s.run(() => sleep(100));
    await expect(s.run(async () => 'late')).rejects.toBeInstanceOf(SemaphoreFullError);
    await slow;
    await expect(s.run(async () => 'now')).resolves.toBe('now');
  });

  it('frees the slot when a task fails', async () => {
    const s = new Semaphore(1, 0);
    await expect(s.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(s.run(async () => 'ok')).resolves.toBe('ok');
  });
});
