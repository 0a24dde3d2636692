import { readFileSync } from 'node:fs';
import type { paths } from '@vssid/contracts/openapi';
import createClient, { type Middleware } from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.ts';
import { freshIp, PASSWORD, PEOPLE, seedAuthFixture } from './support/auth-fixture.ts';
import { OPENAPI_TYPES_FILE, openapiTypes, servedDocument } from './support/openapi-document.ts';

/**
 * The OpenAPI document is usable by others: the types openapi-typescript makes of it are
 * committed (packages/contracts/src/openapi.gen.ts, `npm run api:types`) and kept current, and a
 * client built on them with openapi-fetch walks a citizen's journey against a listening server.
 */
let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp({ workers: false });
  await seedAuthFixture(t);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  baseUrl = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => t?.close());

describe('the committed client types', () => {
  it('are what openapi-typescript makes of the served document (run `npm run api:types`)', async () => {
    const fresh = (await openapiTypes(await servedDocument(t))).split('\n');
    const committed = readFileSync(OPENAPI_TYPES_FILE, 'utf8').split('\n');
    const at = fresh.findIndex((line, i) => line !== committed[i]);
    const first = at < 0 && committed.length > fresh.length ? fresh.length : at;
    // The first line that differs, rather than a 7,000-line diff.
    expect(first < 0 ? 'current' : `line ${first + 1}: ${committed[first]}`).toBe('current');
  });
});

/** What a browser does for the app: keeps the session cookie and echoes the CSRF token. */
function browserLike(): Middleware & { csrf?: string } {
  let cookie: string | undefined;
  const ip = freshIp();
  const m: Middleware & { csrf?: string } = {
    onRequest({ request }) {
      if (cookie) request.headers.set('cookie', cookie);
      if (m.csrf) request.headers.set('x-csrf-token', m.csrf);
      // The test server trusts one proxy hop: each client has its own address (rate limits).
      request.headers.set('x-forwarded-for', ip);
      return request;
    },
    onResponse({ response }) {
      const set = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
      if (set.length > 0) cookie = set.join('; ');
      return response;
    },
  };
  return m;
}

describe('a typed client (openapi-fetch) against a listening server', () => {
  it('signs a citizen in, reads the summary and the card, looks up an agency and signs out', async () => {
    const api = createClient<paths>({ baseUrl });
    const browser = browserLike();
    api.use(browser);
    const a = PEOPLE.citizenA;

    const anonymous = await api.GET('/api/me/summary');
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.error?.error.code).toBe('UNAUTHENTICATED');

    const login = await api.POST('/api/auth/login', {
      body: { bhxhCode: a.bhxhCode, password: PASSWORD },
    });
    expect(login.error).toBeUndefined();
    expect(login.data?.account).toMatchObject({ kind: 'citizen', bhxhCode: a.bhxhCode });
    browser.csrf = login.data?.csrfToken;

    const summary = await api.GET('/api/me/summary');
    expect(summary.data).toMatchObject({ bhxhCode: a.bhxhCode, fullName: a.fullName, card: null });
    expect(summary.data?.total.months).toBe(0);

    const card = await api.GET('/api/me/card');
    expect(card.response.status).toBe(200);
    expect(card.data && 'card' in card.data ? card.data.card : 'a card').toBeNull();

    const lookup = await api.GET('/api/lookups/agencies', { params: { query: { q: 'BHXH X' } } });
    expect(lookup.data?.items.map((i) => i.code)).toContain('X01');
    const bad = await api.GET('/api/lookups/agencies', {
      params: { query: { pageSize: 500 } },
    });
    expect(bad.response.status).toBe(400);
    expect(bad.error?.error.fields?.map((f) => f.field)).toContain('pageSize');

    const logout = await api.POST('/api/auth/logout');
    expect(logout.response.status).toBe(204);
    expect((await api.GET('/api/me/summary')).response.status).toBe(401);
  });
});
