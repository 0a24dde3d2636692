const PARAMS = /params: [^\n]*/g;
/**
 * Nine digits or more: a mã số BHXH (10), a CCCD (12), a CMND (9) — and phone or tax numbers,
 * which are no loss to a log either.
 */
const PERSONAL_NUMBER = /\d{9,}/g;

/**
 * A request path as it may be logged: percent-decoded (so %30123456789 hides nothing), with every
 * personal number masked digit by digit (a mã số BHXH becomes ten asterisks).
 */
export function scrubPath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Malformed escapes: mask the raw text.
  }
  return decoded.replace(PERSONAL_NUMBER, (m) => '*'.repeat(m.length));
}

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
