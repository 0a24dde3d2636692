import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as contracts from './index.ts';
import { hasMessage, translate } from './messages.ts';
import { multiLineCharacters, singleLineCharacters, text } from './text.ts';

const codes = (r: { success: boolean; error?: z.ZodError }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe('text()', () => {
  const line = text({ max: 50 });
  const area = text({ max: 50, multiline: true });

  it('accepts what people type, in any script', () => {
    for (const v of [
      '',
      'Nguyễn Thị Thu Hà',
      'Số 1 phố Huế',
      '100% _ \\ \' "',
      '👨‍👩‍👧 😀',
      'ﬁ 中文 العربية',
    ])
      expect(line.safeParse(v).success, v).toBe(true);
    expect(area.safeParse('Dòng 1\nDòng 2\r\n\tthụt lề').success).toBe(true);
  });

  it('refuses NUL, every other C0 control character and DEL (tab and line breaks only in a text area)', () => {
    for (let c = 0; c < 0x20; c++) {
      const v = `a${String.fromCharCode(c)}b`;
      expect(codes(line.safeParse(v)), `U+${c.toString(16)}`).toEqual(['FIELD_BAD_CHARACTERS']);
      const lineBreakOrTab = c === 0x09 || c === 0x0a || c === 0x0d;
      expect(area.safeParse(v).success, `U+${c.toString(16)} in a text area`).toBe(lineBreakOrTab);
    }
    expect(codes(line.safeParse('a\u007Fb'))).toEqual(['FIELD_BAD_CHARACTERS']);
    expect(codes(area.safeParse('a\u007Fb'))).toEqual(['FIELD_BAD_CHARACTERS']);
  });

  it('refuses lone surrogates, keeps pairs', () => {
    for (const v of [
      '\uD800',
      'a\uDBFFb',
      '\uDC00',
      'a\uDFFF',
      '\uDC00\uD800',
      '\uD83D\uD83D\uDE00x\uDE00',
    ])
      expect(codes(line.safeParse(v)), JSON.stringify(v)).toEqual(['FIELD_BAD_CHARACTERS']);
    expect(line.safeParse('\uD83D\uDE00').success).toBe(true);
  });

  it('has a maximum length, with its own message code when asked', () => {
    expect(codes(line.safeParse('a'.repeat(51)))).toEqual(['FIELD_TOO_LONG']);
    expect(line.safeParse('a'.repeat(50)).success).toBe(true);
    const q = text({ max: 5, tooLong: 'LOOKUP_QUERY_TOO_LONG', required: 'FIELD_REQUIRED' });
    expect(codes(q.safeParse('abcdef'))).toEqual(['LOOKUP_QUERY_TOO_LONG']);
    expect(codes(q.safeParse(12))).toEqual(['FIELD_REQUIRED']);
  });

  it('says so in Vietnamese and English', () => {
    expect(hasMessage('FIELD_BAD_CHARACTERS')).toBe(true);
    expect(translate('FIELD_BAD_CHARACTERS', 'vi')).toMatch(/ký tự không hợp lệ/);
    expect(translate('FIELD_BAD_CHARACTERS', 'en')).toMatch(/characters that are not allowed/);
  });
});

// ---------------------------------------------------------------- every request schema

/**
 * Exported schemas whose name says they describe a request (body, query string, path
 * parameters, headers). Everything else exported is an answer of the server and is not walked.
 */
const REQUEST_NAME =
  /(Request|Query|Param|Headers?|Input|Patch|Answers|Draft|Start|Confirm|Resend|Registration|Login)Schema$/;
const ANSWER_NAME = /^(registrationDraftSchema|passkeyRegistrationOptionsSchema)$/;

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;
type Check = { _zod: { def: { check: string; fn?: unknown } } };

/** Every problem of the string inputs under `schema`, as "path: problem". */
function unsafeStrings(schema: unknown, path: string, out: string[], seen = new Set()): string[] {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = defOf(schema);
  const walk = (s: unknown, p = path) => unsafeStrings(s, p, out, seen);
  switch (def.type) {
    case 'string': {
      if (def.format) return out; // uuid and friends: a fixed shape of letters and digits
      const checks = (def.checks ?? []) as Check[];
      if (!checks.some((c) => ['max_length', 'length_equals'].includes(c._zod.def.check)))
        out.push(`${path}: no maximum length`);
      const rule = [singleLineCharacters, multiLineCharacters];
      if (!checks.some((c) => rule.includes(c._zod.def.fn as never)))
        out.push(`${path}: not built with text()`);
      const s = schema as z.ZodType;
      for (const bad of ['\u0000', 'a\u0000b', '\uD800', 'a\uDC00b'])
        if (s.safeParse(bad).success) out.push(`${path}: accepts ${JSON.stringify(bad)}`);
      return out;
    }
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>))
        walk(v, `${path}.${k}`);
      return out;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return walk(def.innerType);
    // The input side only: what comes out of a transform was checked on the way in.
    case 'pipe':
      return walk(def.in);
    case 'union':
      for (const o of def.options as unknown[]) walk(o);
      return out;
    case 'intersection':
      walk(def.left);
      return walk(def.right);
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'record':
      walk(def.keyType, `${path}{key}`);
      return walk(def.valueType, `${path}{}`);
    case 'lazy':
      return walk((def.getter as () => unknown)());
    case 'transform':
    case 'enum':
    case 'literal':
    case 'number':
    case 'boolean':
    case 'null':
    case 'undefined':
    case 'never':
      return out;
    default:
      out.push(`${path}: ${def.type} (its strings cannot be checked)`);
      return out;
  }
}

const isSchema = (v: unknown) =>
  typeof v === 'object' && v !== null && '_zod' in v && 'safeParse' in v;
const requestSchemas = Object.entries(contracts).filter(
  ([name, v]) => isSchema(v) && REQUEST_NAME.test(name) && !ANSWER_NAME.test(name),
);

describe('every exported request schema', () => {
  it('is found by name', () => {
    const names = requestSchemas.map(([n]) => n);
    for (const n of ['loginRequestSchema', 'draftAnswersPatchSchema', 'directoryQuerySchema'])
      expect(names).toContain(n);
    expect(names.length).toBeGreaterThan(30);
  });

  it('bounds every string and refuses NUL and lone surrogates with the text() rule', () => {
    const problems = requestSchemas.flatMap(([name, s]) => unsafeStrings(s, name, []));
    expect(problems).toEqual([]);
  });

  it('the walk itself notices a bare string', async () => {
    const { z } = await import('zod');
    const bare = z.object({ a: z.string(), b: z.record(z.string(), z.unknown()) });
    expect(unsafeStrings(bare, 'x', [])).toEqual([
      'x.a: no maximum length',
      'x.a: not built with text()',
      'x.a: accepts "\\u0000"',
      'x.a: accepts "a\\u0000b"',
      'x.a: accepts "\\ud800"',
      'x.a: accepts "a\\udc00b"',
      'x.b{key}: no maximum length',
      'x.b{key}: not built with text()',
      'x.b{key}: accepts "\\u0000"',
      'x.b{key}: accepts "a\\u0000b"',
      'x.b{key}: accepts "\\ud800"',
      'x.b{key}: accepts "a\\udc00b"',
      'x.b{}: unknown (its strings cannot be checked)',
    ]);
  });
});
