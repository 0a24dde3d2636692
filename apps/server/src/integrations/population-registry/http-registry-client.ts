import { z } from 'zod';
import type { PopulationRegistry, RegistryAnswer } from './population-registry.ts';

const answerSchema = z.object({ result: z.enum(['match', 'mismatch', 'not_found']) });

/**
 * The registry over HTTP: POST `url` with `{ cccd, fullName, birthDate }` answers
 * `{ result }`. A timeout (AbortSignal.timeout), a network error, a non-2xx status or an
 * unexpected body all mean 'unavailable': registration goes on without the check.
 */
export function httpRegistryClient(o: { url: string; timeoutMs: number }): PopulationRegistry {
  return {
    async verifyCitizen(q, opts): Promise<RegistryAnswer> {
      const timeout = AbortSignal.timeout(o.timeoutMs);
      const signal = opts?.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
      try {
        const res = await fetch(o.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(q),
          signal,
        });
        if (!res.ok) return 'unavailable';
        const parsed = answerSchema.safeParse(await res.json());
        return parsed.success ? parsed.data.result : 'unavailable';
      } catch {
        return 'unavailable';
      }
    },
  };
}
