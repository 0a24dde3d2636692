/**
 * Optimal string alignment distance (Damerau–Levenshtein without moving a letter twice): the
 * number of single-letter insertions, deletions, substitutions and swaps of two neighbours
 * between a and b. "nma" → "nam" is 1 (one swap), where plain Levenshtein counts 2 — swapped
 * neighbours are the commonest slip on a phone keyboard.
 */
export function osaDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows = x.length + 1;
  const cols = y.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[x.length]![y.length]!;
}

/**
 * How many slips a typed word of this length may carry and still be corrected: none below 3
 * letters (too many words are one letter apart), 1 up to 5 letters, 2 beyond.
 */
export function typoBudget(length: number): number {
  if (length < 3) return 0;
  return length <= 5 ? 1 : 2;
}
