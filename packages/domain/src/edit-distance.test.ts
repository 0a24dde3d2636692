import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { osaDistance, typoBudget } from './edit-distance.ts';

describe('osaDistance', () => {
  it('counts single-letter edits, a swap of neighbours as one', () => {
    expect(osaDistance('nam', 'nam')).toBe(0);
    expect(osaDistance('nma', 'nam')).toBe(1);
    expect(osaDistance('mqi', 'mai')).toBe(1);
    expect(osaDistance('bangg', 'bang')).toBe(1);
    expect(osaDistance('hnag', 'hang')).toBe(1);
    expect(osaDistance('', 'abc')).toBe(3);
    expect(osaDistance('kitten', 'sitting')).toBe(3);
    expect(osaDistance('ca', 'abc')).toBe(3);
  });

  const word = fc.string({ unit: fc.constantFrom(...'abcdeđ'), maxLength: 8 });
  it('is zero exactly for equal words, symmetric, and bounded by the longer length', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = osaDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(osaDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });

  it('is 1 after any single edit of a word', () => {
    fc.assert(
      fc.property(
        word.filter((w) => w.length >= 2),
        fc.nat(),
        (w, n) => {
          const i = n % (w.length - 1);
          const swapped = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
          const deleted = w.slice(0, i) + w.slice(i + 1);
          if (swapped !== w) expect(osaDistance(w, swapped)).toBe(1);
          expect(osaDistance(w, deleted)).toBe(1);
          expect(osaDistance(w, `${w}x`)).toBe(1);
        },
      ),
    );
  });
});

describe('typoBudget', () => {
  it('allows no slip under 3 letters, 1 up to 5, 2 beyond', () => {
    expect([1, 2, 3, 5, 6, 12].map(typoBudget)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
