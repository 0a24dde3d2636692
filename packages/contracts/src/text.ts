import { z } from 'zod';

/**
 * The one rule for text from outside (JSON bodies, query strings, path parameters, headers):
 * every string input is built with `text()`, so each has a maximum length and refuses characters
 * no person types and the database cannot store — NUL (PostgreSQL text and jsonb refuse it),
 * the other C0 control characters and DEL (tab, line feed and carriage return only in multi-line
 * fields), and lone UTF-16 surrogates (half of a pair: not Unicode text, JSON can carry them).
 * A test in this package walks every request schema and fails on a string built otherwise.
 */

/** Half of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const CONTROL = /[\u0000-\u001F\u007F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** True when `v` holds a character no field accepts (single-line unless `multiline`). */
export function hasBadCharacters(v: string, multiline = false): boolean {
  return (multiline ? CONTROL_BUT_LINES : CONTROL).test(v) || LONE_SURROGATE.test(v);
}

/** The refinements themselves (one object each), so the schema walk can recognise them. */
export const singleLineCharacters = (v: string) => !hasBadCharacters(v, false);
export const multiLineCharacters = (v: string) => !hasBadCharacters(v, true);

export type TextOptions = {
  /** Longest accepted value, in UTF-16 code units (what the browser's maxLength counts). */
  max: number;
  /** Tab and line breaks allowed (a text area). */
  multiline?: boolean;
  /** Message code when the value is missing or not a string. */
  required?: string;
  /** Message code when longer than `max` (FIELD_TOO_LONG). */
  tooLong?: string;
};

/**
 * A string input: at most `max` long, without control characters or lone surrogates
 * (FIELD_BAD_CHARACTERS). Chain `.trim()`, `.min()`, `.regex()`, `.transform()` as usual.
 */
export function text(o: TextOptions) {
  return z
    .string(o.required ? { error: o.required } : undefined)
    .max(o.max, { error: o.tooLong ?? 'FIELD_TOO_LONG' })
    .refine(o.multiline ? multiLineCharacters : singleLineCharacters, {
      error: 'FIELD_BAD_CHARACTERS',
    });
}

/** An optional filter in a query string: empty means absent. */
export const optionalText = (max: number, tooLong?: string) =>
  text({ max, ...(tooLong ? { tooLong } : {}) })
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .optional();

/** A JSON value nested at most `depth` deep, made only of safe text (keys and strings). */
function safeJsonOf(depth: number): z.ZodType<unknown> {
  const leaf = [text({ max: 65_536 }), z.number(), z.boolean(), z.null()] as const;
  if (depth === 0) return z.union(leaf);
  const inner = safeJsonOf(depth - 1);
  return z.union([...leaf, z.array(inner).max(100), z.record(text({ max: 200 }), inner)]);
}

/**
 * Any JSON value of safe text, e.g. a WebAuthn response handed to a library: its strings may
 * still reach the database (a credential id). Not recursive, so the OpenAPI document stays whole.
 */
export const safeJson = safeJsonOf(3);
