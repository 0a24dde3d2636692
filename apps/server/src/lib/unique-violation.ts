/**
 * The constraint (or index) name when `err` is a unique violation (SQLSTATE 23505), looking
 * through the causes Drizzle wraps around driver errors; undefined otherwise.
 */
export function uniqueViolation(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const x = e as { code?: unknown; constraint?: unknown; message?: unknown; cause?: unknown };
    if (x.code === '23505') {
      if (typeof x.constraint === 'string') return x.constraint;
      const m = typeof x.message === 'string' ? /constraint "([^"]+)"/.exec(x.message) : null;
      return m?.[1] ?? '';
    }
    e = x.cause;
  }
  return undefined;
}
