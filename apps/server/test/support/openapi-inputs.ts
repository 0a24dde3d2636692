import fc from 'fast-check';
import { type Fixture, PEOPLE } from './auth-fixture.ts';

/**
 * Requests generated from an OpenAPI document (fuzz-routes.test.ts): each route's parameters and
 * JSON body are filled from its own JSON schema with plausible values (so a request gets past the
 * first check and reaches the services and the database) or hostile ones.
 */

/** The seed of everything sampled here (FUZZ_SEED overrides). */
export const SEED = Number(process.env.FUZZ_SEED ?? 20261207);

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};
export type Parameter = { in: 'path' | 'query' | 'header'; name: string; schema: JsonSchema };
export type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
};

// ---------------------------------------------------------------- hostile values

const HOSTILE_TEXT = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFF',
  '\uDC00\uD800',
  '\u001B[31m',
  '\u0007\u0008\u000B\u000C',
  '\u007F',
  '\u0085\u2028\u2029',
  '\uFEFF',
  '\uFFFE\uFFFF',
  'Nguye\u0302\u0303n',
  '👨‍👩‍👧‍👦',
  '\u202Eabc',
  '%',
  '_',
  '\\',
  "'; select 1; --",
  '"',
  '%00',
  '../..',
  '',
  ' ',
  '\t\n\r',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
];
/** What has reached the database as a 500: one bad character inside otherwise fine text. */
const POISON = ['\u0000', '\uD800', '\uDFFF', '\u0001', '\u001F', '\u007F'];
const poisoned = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...POISON), fc.string({ maxLength: 8 }))
  .map(([a, b, c]) => a + b + c);
const hostileText = fc.oneof(
  { arbitrary: poisoned, weight: 3 },
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.constantFrom(201, 501, 5001, 100_001).map((n) => 'ạ'.repeat(n)),
  fc
    .tuple(
      fc.constantFrom('0100000001', '01', 'a@example.com', 'Hà Nội'),
      fc.constantFrom(...HOSTILE_TEXT),
    )
    .map(([a, b]) => a + b),
);
/** Any JSON value, with hostile strings in it. */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(hostileText, tie('v'), { maxKeys: 3 }),
  ),
})).v;

/** Plausible values by parameter or field name: they let a request reach deeper code. */
function plausible(name: string, ctx: Context): fc.Arbitrary<unknown> | undefined {
  const values = plausibleValues(name, ctx);
  return values ? fc.constantFrom(...values) : undefined;
}
/** The first is the one a plain request uses (the route's own kind of id first). */
function plausibleValues(name: string, ctx: Context): unknown[] | undefined {
  if (name === 'id') {
    const ids = [ctx.draftId, ctx.fx.agencyX, '00000000-0000-4000-8000-000000000000'];
    return ctx.path.includes('/directories/') ? ids.slice(1) : ids;
  }
  const byName: Record<string, unknown[]> = {
    bhxhCode: [PEOPLE.citizenA.bhxhCode, '0199999999'],
    provinceCode: ['01', '31', '99'],
    communeCode: ['00004', '99999'],
    email: ['a@example.com', PEOPLE.citizenA.email],
    fullName: [PEOPLE.citizenA.fullName, 'Nguyen Van A'],
    birthDate: [PEOPLE.citizenA.birthDate, '1990-01-01'],
    idNumber: ['001188012345', '012345678'],
    phone: ['0912345678'],
    agencyId: [ctx.fx.agencyX, ctx.fx.agencyY],
    'x-draft-token': [ctx.draftToken],
    otp: ['123456'],
    code: ['123456'],
    q: ['ha noi', 'bhxh'],
    username: [PEOPLE.administrator.username],
  };
  return byName[name];
}

/** What every route may use, and the route being called. */
export type Context = { fx: Fixture; draftId: string; draftToken: string; path: string };

/** Values for one schema: what it asks for, or something hostile (about one time in three). */
function valueFor(schema: JsonSchema, ctx: Context, name = ''): fc.Arbitrary<unknown> {
  const wanted = wantedFor(schema, ctx, name);
  return fc.oneof(
    { arbitrary: wanted, weight: 8 },
    { arbitrary: hostileText, weight: 3 },
    // numbers, null, arrays or objects where text is expected, and the other way round
    { arbitrary: hostileJson, weight: 1 },
  );
}

function wantedFor(schema: JsonSchema, ctx: Context, name: string): fc.Arbitrary<unknown> {
  const near = plausible(name, ctx);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => valueFor(s, ctx, name)));
  if (schema.allOf?.length) return objectFor(mergeAll(schema.allOf), ctx);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = [schema.type ?? (schema.properties ? 'object' : 'any')].flat()[0];
  switch (type) {
    case 'string': {
      const own = schema.pattern
        ? fc.stringMatching(new RegExp(schema.pattern))
        : schema.format === 'uuid'
          ? fc.uuid()
          : fc.string({ maxLength: schema.maxLength ?? 40 });
      return near ? fc.oneof(near, own) : own;
    }
    case 'integer':
    case 'number': {
      const n = fc.integer({
        min: Math.max(schema.minimum ?? -1e6, -1e6),
        max: Math.min(schema.maximum ?? 1e6, 1e6),
      });
      return fc.oneof(n, n.map(String), fc.double().map(String));
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items ? valueFor(schema.items, ctx) : hostileJson, { maxLength: 3 });
    case 'object':
      return objectFor(schema, ctx);
    default:
      return hostileJson;
  }
}

function mergeAll(parts: JsonSchema[]): JsonSchema {
  const out: JsonSchema = { type: 'object', properties: {}, required: [] };
  for (const p of parts) {
    Object.assign(out.properties!, p.properties);
    out.required!.push(...(p.required ?? []));
  }
  return out;
}

function objectFor(schema: JsonSchema, ctx: Context): fc.Arbitrary<unknown> {
  const props = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([k, s]) => [k, valueFor(s, ctx, k)]),
  );
  const fixed = fc.record(props, { requiredKeys: schema.required ?? [] });
  const extra =
    typeof schema.additionalProperties === 'object'
      ? fc.dictionary(
          fc.oneof(fc.constantFrom('code', 'name', 'address', 'phone', 'unit_code'), hostileText),
          valueFor(schema.additionalProperties, ctx),
          { maxKeys: 4 },
        )
      : fc.constant({});
  return fc.tuple(fixed, extra).map(([a, b]) => ({ ...b, ...a }));
}

// ---------------------------------------------------------------- requests

/** Percent-encodes like encodeURIComponent, but lone surrogates become their WTF-8 bytes. */
function encode(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xd800 && c <= 0xdfff)
      out += `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`;
    else out += encodeURIComponent(ch);
  }
  return out;
}
/** A header can only carry visible Latin-1 text; anything else is refused before the app. */
const headerText = (v: unknown) =>
  (typeof v === 'string' ? v : (JSON.stringify(v) ?? '')).replace(/[^\x20-\x7e\xa0-\xff]/g, '');

export type Call = { url: string; headers: Record<string, string>; payload?: unknown };

/** The request for chosen values of the route's parameters (`in:name`) and JSON body. */
export function buildCall(
  path: string,
  op: Operation,
  values: Record<string, unknown>,
  payload: unknown,
) {
  let url = path;
  const query: string[] = [];
  const headers: Record<string, string> = {};
  for (const p of op.parameters ?? []) {
    const v = values[`${p.in}:${p.name}`];
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encode(v));
    else if (v === undefined) continue;
    else if (p.in === 'query')
      for (const one of [v].flat()) query.push(`${encode(p.name)}=${encode(one)}`);
    else if (p.in === 'header') headers[p.name] = headerText(v);
  }
  const body = op.requestBody?.content?.['application/json']?.schema;
  return {
    url: query.length ? `${url}?${query.join('&')}` : url,
    headers,
    ...(body ? { payload } : {}),
  };
}

export const jsonBody = (op: Operation) => op.requestBody?.content?.['application/json']?.schema;

/** Random calls: every input plausible or hostile, independently. */
export function callsFor(path: string, op: Operation, ctx: Context): fc.Arbitrary<Call> {
  const params = op.parameters ?? [];
  const body = jsonBody(op);
  const parts = Object.fromEntries(
    params.map((p) => [
      `${p.in}:${p.name}`,
      p.in === 'path'
        ? valueFor(p.schema, ctx, p.name)
        : fc.option(valueFor(p.schema, ctx, p.name), { nil: undefined, freq: 4 }),
    ]),
  );
  return fc
    .tuple(
      fc.record(parts),
      body
        ? fc.oneof(
            { arbitrary: valueFor(body, ctx), weight: 5 },
            { arbitrary: hostileJson, weight: 1 },
          )
        : fc.constant(undefined),
    )
    .map(([values, payload]) => buildCall(path, op, values, payload));
}

/** One plausible value (the same every run). */
const sampleOf = (schema: JsonSchema, ctx: Context, name = '') =>
  fc.sample(wantedFor(schema, ctx, name), { seed: SEED, numRuns: 1 })[0];

/** The least a request needs: required inputs, and optional ones only where a good value is known. */
function baselineOf(schema: JsonSchema, ctx: Context, name = ''): unknown {
  const known = plausibleValues(name, ctx);
  if (known) return known[0];
  const type = [schema.type ?? (schema.properties ? 'object' : '')].flat()[0];
  if (type !== 'object' || !schema.properties) return sampleOf(schema, ctx, name);
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(schema.properties))
    if (schema.required?.includes(k) || plausible(k, ctx)) out[k] = baselineOf(s, ctx, k);
  return out;
}

/** Text every string input gets in turn, the others staying plausible. */
const SWEEP = ['a\u0000b', 'a\uD800b', '\uDC00', 'a\u001Bb', 'ạ'.repeat(5001)];
const isText = (s: JsonSchema) =>
  [s.type].flat().includes('string') || (s.anyOf ?? s.oneOf ?? []).some(isText);

/** The value with one string leaf replaced by `bad`, for every string leaf (and record key). */
function poisonings(schema: JsonSchema, value: unknown, bad: string): unknown[] {
  if (isText(schema) && !schema.enum) return [bad];
  const type = [schema.type ?? (schema.properties ? 'object' : '')].flat()[0];
  if (type !== 'object') return [];
  const base = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const out: unknown[] = [];
  for (const [k, s] of Object.entries(schema.properties ?? {}))
    for (const v of poisonings(s, base[k], bad)) out.push({ ...base, [k]: v });
  if (typeof schema.additionalProperties === 'object') {
    out.push({ ...base, [bad]: 'x' });
    for (const k of ['name', 'code', 'address'])
      for (const v of poisonings(schema.additionalProperties, undefined, bad))
        out.push({ ...base, [k]: v });
  }
  return out;
}

/** Plausible calls with exactly one input poisoned, for every input and every SWEEP text. */
export function sweepCalls(path: string, op: Operation, ctx: Context): Call[] {
  const params = op.parameters ?? [];
  const body = jsonBody(op);
  const values = Object.fromEntries(
    params
      .filter((p) => p.in === 'path' || plausible(p.name, ctx))
      .map((p) => [`${p.in}:${p.name}`, baselineOf(p.schema, ctx, p.name)]),
  );
  const payload = body ? baselineOf(body, ctx) : undefined;
  const calls: Call[] = [];
  for (const bad of SWEEP) {
    for (const p of params)
      for (const v of poisonings(p.schema, values[`${p.in}:${p.name}`], bad))
        calls.push(buildCall(path, op, { ...values, [`${p.in}:${p.name}`]: v }, payload));
    if (body)
      for (const v of poisonings(body, payload, bad)) calls.push(buildCall(path, op, values, v));
  }
  return calls;
}

/** String inputs of a schema without a bound (maxLength, an enum or a format such as uuid). */
export function unbounded(s: JsonSchema, at: string): string[] {
  const inner = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
  const out = inner.flatMap((x) => unbounded(x, at));
  if ([s.type].flat().includes('string') && s.maxLength === undefined && !s.enum && !s.format)
    out.push(at);
  for (const [k, v] of Object.entries(s.properties ?? {})) out.push(...unbounded(v, `${at}.${k}`));
  if (typeof s.additionalProperties === 'object')
    out.push(...unbounded(s.additionalProperties, `${at}{}`));
  if (s.items) out.push(...unbounded(s.items, `${at}[]`));
  return out;
}
