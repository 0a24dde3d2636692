/**
 * The outcome of every validator and parser in this package. Failures carry a stable
 * UPPER_SNAKE code instead of a message so that callers can switch on it and translate it
 * through `DOMAIN_MESSAGES`; the default `string` keeps narrow results assignable to wide ones.
 */
export type Result<T, E extends string = string> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a successful value. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps a failure code; the literal type is kept so unions of codes stay exhaustive. */
export function err<const E extends string>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
