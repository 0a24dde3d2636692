import { readFileSync } from 'node:fs';

type Weighted = { name: string; weight_pct: number };
type Region = 'north' | 'central' | 'south';
type Names = {
  surname_weights_by_region: Record<Region, Weighted[]>;
  middle_names: Record<
    'male' | 'female',
    Record<Region, { traditional: string[]; modern: string[] }>
  >;
  given_names: Record<'male' | 'female', string[]>;
};

/** MIT data from hungnguyen18/vietnamese-name-generator (see data/vn-names/SOURCE.md). */
const NAMES = JSON.parse(
  readFileSync(new URL('../../../data/vn-names/vn_names.json', import.meta.url), 'utf8'),
) as Names;

/** Small, fast, deterministic PRNG (mulberry32): the same seed gives the same population. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof rng>;

/** Old province codes: up to 37 the north, 38–68 the centre and highlands, then the south. */
export function regionOf(provinceCode: string): Region {
  const n = Number(provinceCode);
  return n <= 37 ? 'north' : n <= 68 ? 'central' : 'south';
}

function cumulative(list: Weighted[]): { name: string; upTo: number }[] {
  let sum = 0;
  return list.map((w) => {
    sum += w.weight_pct;
    return { name: w.name, upTo: sum };
  });
}
const CUMULATIVE: Record<Region, { name: string; upTo: number }[]> = {
  north: cumulative(NAMES.surname_weights_by_region.north),
  central: cumulative(NAMES.surname_weights_by_region.central),
  south: cumulative(NAMES.surname_weights_by_region.south),
};

/**
 * A full name as the region writes it: surname by its regional share, then a given name. Most
 * given names in the data already hold two syllables; single ones get a regional middle name.
 */
export function vietnameseName(r: Rng, region: Region, gender: 'male' | 'female'): string {
  const table = CUMULATIVE[region];
  const x = r.next() * table.at(-1)!.upTo;
  const surname = (table.find((s) => s.upTo >= x) ?? table.at(-1)!).name;
  const given = r.pick(NAMES.given_names[gender]);
  if (given.includes(' ')) return `${surname} ${given}`;
  const mids = NAMES.middle_names[gender][region];
  return `${surname} ${r.pick(r.chance(0.5) ? mids.traditional : mids.modern)} ${given}`;
}
