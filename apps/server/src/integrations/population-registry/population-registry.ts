/** What the registry is asked: the CCCD number with the name and birth date typed beside it. */
export type CitizenQuery = { cccd: string; fullName: string; birthDate: string };

/**
 * 'match' = the registry holds this CCCD with this name and birth date; 'mismatch' = it holds the
 * number with other data; 'not_found' = unknown number; 'unavailable' = no answer in time.
 */
export type RegistryAnswer = 'match' | 'mismatch' | 'not_found' | 'unavailable';

/**
 * The national population registry (Cơ sở dữ liệu Quốc gia về dân cư) behind an adapter: the
 * bundled simulator by default, the HTTP client when POPULATION_REGISTRY_URL is set. An adapter
 * never throws: a failure is 'unavailable', and registration then asks for both ID photos.
 */
export interface PopulationRegistry {
  verifyCitizen(q: CitizenQuery, o?: { signal?: AbortSignal }): Promise<RegistryAnswer>;
}

/** Gives any adapter a deadline: no answer within `ms` counts as 'unavailable'. */
export function withDeadline(inner: PopulationRegistry, ms: number): PopulationRegistry {
  return {
    async verifyCitizen(q) {
      const signal = AbortSignal.timeout(ms);
      const timedOut = new Promise<RegistryAnswer>((resolve) =>
        signal.addEventListener('abort', () => resolve('unavailable'), { once: true }),
      );
      const answer = inner.verifyCitizen(q, { signal }).catch(() => 'unavailable' as const);
      return Promise.race([answer, timedOut]);
    },
  };
}
