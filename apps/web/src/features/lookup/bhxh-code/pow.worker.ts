import { solvePow } from './pow.ts';

/**
 * Web Worker: solves one challenge off the main thread, so the screen (spinner, progress bar,
 * typing) stays responsive while the hashes run.
 * In: { salt, difficulty }. Out: { type: 'progress', tried } … then { type: 'done', nonce }.
 */
// The app's types are the DOM's (the worker lib would clash with them): name what is used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ salt: string; difficulty: number }>) => void) | null;
  postMessage: (
    message: { type: 'progress'; tried: number } | { type: 'done'; nonce: string },
  ) => void;
};

scope.onmessage = async (event) => {
  const { salt, difficulty } = event.data;
  let last = 0;
  const nonce = await solvePow(salt, difficulty, (tried) => {
    const now = Date.now();
    if (now - last < 150) return;
    last = now;
    scope.postMessage({ type: 'progress', tried });
  });
  scope.postMessage({ type: 'done', nonce });
};
