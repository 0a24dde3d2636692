import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedback } from '../src/db/schema/index.ts';
import { databaseErrorKind } from '../src/lib/db-errors.ts';
import { registerErrorHandler } from '../src/plugins/error-handler.ts';
import { createTestApp, type TestApp } from './helpers.ts';

/**
 * Errors the database raises, as the error handler answers them (issue 10, items 2 and 5): a value
 * the database refuses is the request's fault (400, or 409 for a key taken in a race), an outage is
 * 503 + Retry-After, and no answer carries SQL. Real driver errors, on PGlite and PostgreSQL.
 */
let t: TestApp;
let app: FastifyInstance;

/** Statements that fail the way a stray value would, run through drizzle like any repository. */
const FAILING: Record<string, () => Promise<unknown>> = {
  // 22021 character_not_in_repertoire / invalid byte sequence: a NUL byte in text.
  nul: () => t.runtime.database.db.execute(sql`select ${'a\u0000b'}::text as v`),
  // 22P02 invalid_text_representation.
  int: () => t.runtime.database.db.execute(sql`select ${'12a'}::int as v`),
  // 22008 datetime_field_overflow.
  date: () => t.runtime.database.db.execute(sql`select ${'2026-02-31'}::date as v`),
  // 23505 unique_violation: the same primary key twice.
  unique: async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const row = { id, category: 'question' as const, content: 'Hai lần cùng một mã' };
    await t.runtime.database.db.insert(feedback).values(row).onConflictDoNothing();
    await t.runtime.database.db.insert(feedback).values(row);
  },
  // 42P01 undefined_table: a bug, a 500 without the SQL.
  bug: () => t.runtime.database.db.execute(sql`select * from no_such_table`),
};

beforeAll(async () => {
  t = await createTestApp({ workers: false });
  app = Fastify();
  registerErrorHandler(app);
  app.get<{ Params: { name: string } }>('/fail/:name', async (req) => {
    await FAILING[req.params.name]!();
    return { ok: true };
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

const fail = (name: string) => app.inject({ method: 'GET', url: `/fail/${name}` });

describe('database errors as answers', () => {
  it.each([
    ['nul', 'a NUL byte in text'],
    ['int', 'text that is not a number'],
    ['date', 'an impossible date'],
  ])('%s (%s): 400 DATA_INVALID, field-less, no SQL', async (name) => {
    const res = await fail(name);
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('DATA_INVALID');
    expect(error.fields).toBeUndefined();
    expect(error.message).toMatch(/không hợp lệ/);
    expect(res.body).not.toMatch(/select|Failed query|\$1|::/i);
  });

  it('a unique key taken in a race: 409 DATA_CONFLICT, no SQL', async () => {
    const res = await fail('unique');
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('DATA_CONFLICT');
    expect(res.body).not.toMatch(/insert|feedback|Failed query/i);
  });

  it('a bug stays a 500 INTERNAL, still without SQL', async () => {
    const res = await fail('bug');
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('INTERNAL');
    expect(res.body).not.toMatch(/no_such_table|select/i);
  });

  // Last: it closes the database.
  it('an unreachable database: 503 DB_UNAVAILABLE with Retry-After', async () => {
    await t.runtime.database.close();
    const res = await fail('int');
    expect(res.statusCode, res.body).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json().error.code).toBe('DB_UNAVAILABLE');
  });
});

describe('databaseErrorKind', () => {
  const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  const wrapped = (cause: unknown) =>
    Object.assign(new Error('Failed query: select 1\nparams: '), { cause });

  const cases: [Error, ReturnType<typeof databaseErrorKind>][] = [
    [pgError('57P01', 'terminating connection due to administrator command'), 'unavailable'],
    [wrapped(pgError('57P01')), 'unavailable'],
    [wrapped(pgError('08006')), 'unavailable'],
    [wrapped(pgError('53300', 'sorry, too many clients already')), 'unavailable'],
    [wrapped(pgError('57014', 'canceling statement due to statement timeout')), 'unavailable'],
    [wrapped(pgError('25006', 'cannot execute INSERT in a read-only transaction')), 'unavailable'],
    [wrapped(new Error('Connection terminated unexpectedly')), 'unavailable'],
    [wrapped(new Error('Client was closed and is not queryable')), 'unavailable'],
    [
      wrapped(new Error('Client has encountered a connection error and is not queryable')),
      'unavailable',
    ],
    [new Error('timeout exceeded when trying to connect'), 'unavailable'],
    [wrapped(pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')), 'unavailable'],
    [new Error('PGlite is closed'), 'unavailable'],
    [wrapped(pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00')), 'data'],
    [wrapped(pgError('22P02')), 'data'],
    [wrapped(pgError('22001')), 'data'],
    [wrapped(pgError('22007')), 'data'],
    [wrapped(pgError('23505')), 'conflict'],
    [wrapped(pgError('23503')), 'integrity'],
    [wrapped(pgError('42P01')), null],
    [new TypeError('x is undefined'), null],
    [pgError('EPERM'), null],
  ];
  const label = (e: Error): string => {
    const { code, cause } = e as Error & { code?: string; cause?: Error };
    return cause ? `wrapped(${label(cause)})` : (code ?? e.message);
  };
  it.each(cases.map(([err, kind]) => [label(err), err, kind] as const))(
    '%s → %s',
    (_label, err, kind) => {
      expect(databaseErrorKind(err)).toBe(kind);
    },
  );
});
