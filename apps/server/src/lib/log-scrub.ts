const PARAMS = /params: [^\n]*/g;

/** Text with any SQL parameter list removed ("params: 0123456789,…" → "params: [redacted]"). */
export function scrubText(text: string): string {
  return text.replace(PARAMS, 'params: [redacted]');
}

/**
 * An error as it may be logged. Drizzle puts a failed query's parameters — a mã số BHXH, an email,
 * a password hash — into the message; they never reach a log line.
 */
export function errorForLog(err: unknown, depth = 0): Record<string, unknown> | string {
  if (!(err instanceof Error)) return scrubText(String(err));
  const e = err as Error & { code?: unknown; cause?: unknown };
  return {
    type: e.name,
    message: scrubText(e.message),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(e.stack ? { stack: scrubText(e.stack) } : {}),
    ...(e.cause !== undefined && depth < 4 ? { cause: errorForLog(e.cause, depth + 1) } : {}),
  };
}
