import { solvePow } from './pow.ts';

type WorkerMessage = { type: 'progress'; tried: number } | { type: 'done'; nonce: string };

/**
 * Solves a challenge in a Web Worker (or, where workers are unavailable, on the main thread in
 * the same batched way). Aborting terminates the worker.
 */
export function solveInWorker(
  challenge: { salt: string; difficulty: number },
  onProgress: (tried: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  if (typeof Worker === 'undefined')
    return solvePow(challenge.salt, challenge.difficulty, onProgress);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pow.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === 'progress') return onProgress(event.data.tried);
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      resolve(event.data.nonce);
    };
    worker.onerror = (event) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      // A worker that cannot start (old browser, blocked) falls back to the main thread.
      event.preventDefault();
      solvePow(challenge.salt, challenge.difficulty, onProgress).then(resolve, reject);
    };
    worker.postMessage({ salt: challenge.salt, difficulty: challenge.difficulty });
  });
}
