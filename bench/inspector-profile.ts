import { writeFileSync } from 'node:fs';
import inspector from 'node:inspector';

/**
 * BENCH_PROFILE=<file>: the V8 CPU profile of the load only (node:inspector), without the start-up
 * and the teardown (dropping a 4 GB database) that `node --cpu-prof` also records.
 */
export async function startProfile(): Promise<{ stop: () => Promise<void> }> {
  const file = process.env.BENCH_PROFILE;
  if (!file) return { stop: async () => {} };
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 1000 });
  await post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
