import type { Config } from '../../config.ts';
import { httpRegistryClient } from './http-registry-client.ts';
import { type PopulationRegistry, withDeadline } from './population-registry.ts';
import { RegistrySimulator } from './registry-simulator.ts';

/** Production without a configured registry: never "verified", so both ID photos are asked for. */
const noRegistry: PopulationRegistry = { verifyCitizen: async () => 'unavailable' };

/**
 * The registry the app asks, with POPULATION_REGISTRY_TIMEOUT_MS as its deadline, and the
 * simulator. The simulator exists outside production only (its made-up population must never
 * verify a real person): it answers /dev/population-registry/verify, and is the registry itself
 * when no URL is configured.
 */
export function createPopulationRegistry(c: Config['populationRegistry'], production: boolean) {
  const simulator = production ? null : new RegistrySimulator({ mode: c.simulatorMode });
  const adapter: PopulationRegistry = c.url
    ? httpRegistryClient({ url: c.url, timeoutMs: c.timeoutMs })
    : (simulator ?? noRegistry);
  return { registry: withDeadline(adapter, c.timeoutMs), simulator };
}
