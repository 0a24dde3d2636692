import { namesMatch } from '@vssid/domain';
import type { CitizenQuery, PopulationRegistry, RegistryAnswer } from './population-registry.ts';
import { type Citizen, simulatorPopulation } from './simulator-population.ts';

export type SimulatorMode = 'normal' | 'slow' | 'down';

/**
 * A stand-in for the national population registry, with its own deterministic population.
 * Tests switch it to 'slow' (answers after `slowDelayMs`, longer than any deadline) or 'down'
 * (refuses at once) at run time, to show that registration goes on without it.
 */
export class RegistrySimulator implements PopulationRegistry {
  private readonly people = new Map<string, Citizen>();
  mode: SimulatorMode;
  slowDelayMs: number;
  /** How many questions it was asked (tests check that CMND/passport are never sent). */
  calls = 0;

  constructor(o: { mode?: SimulatorMode; slowDelayMs?: number; population?: Citizen[] } = {}) {
    this.mode = o.mode ?? 'normal';
    this.slowDelayMs = o.slowDelayMs ?? 30_000;
    for (const p of o.population ?? simulatorPopulation()) this.people.set(p.cccd, p);
  }

  /** Switches normal/slow/down at run time. */
  setMode(mode: SimulatorMode): void {
    this.mode = mode;
  }

  /** Adds someone (tests make a person known only to the registry). */
  add(citizen: Citizen): void {
    this.people.set(citizen.cccd, citizen);
  }

  /** Throws in 'down' mode, so the HTTP face answers 503 and the in-process caller gets 'unavailable'. */
  async verifyCitizen(q: CitizenQuery, o?: { signal?: AbortSignal }): Promise<RegistryAnswer> {
    this.calls++;
    if (this.mode === 'down') throw new Error('population registry simulator is down');
    if (this.mode === 'slow') await sleep(this.slowDelayMs, o?.signal);
    const person = this.people.get(q.cccd);
    if (!person) return 'not_found';
    return namesMatch(person.fullName, q.fullName) && person.birthDate === q.birthDate
      ? 'match'
      : 'mismatch';
  }
}

/** A timer that an abort cancels, so a slow answer never keeps the process alive. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    timer.unref();
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
