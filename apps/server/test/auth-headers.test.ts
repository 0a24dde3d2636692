import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.ts';
import { PASSWORD, PEOPLE, seedAuthFixture } from './support/auth-fixture.ts';

let dev: TestApp;
let prod: TestApp;
beforeAll(async () => {
  dev = await createTestApp({ workers: false });
  prod = await createTestApp({
    workers: false,
    env: { NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:9', APP_SECRET: 'p'.repeat(44) },
  });
  await seedAuthFixture(prod);
});
afterAll(async () => {
  await dev.close();
  await prod.close();
});

const csp = (h: Record<string, unknown>) =>
  Object.fromEntries(
    String(h['content-security-policy'] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values.join(' ')]),
  );

describe('security headers', () => {
  it('sends a strict Content-Security-Policy with the app and the API', async () => {
    for (const url of ['/', '/api/health']) {
      const res = await dev.app.inject({ method: 'GET', url });
      expect(csp(res.headers)).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'img-src': "'self' data: blob:",
        'connect-src': "'self'",
        'worker-src': "'self'",
        'manifest-src': "'self'",
        'object-src': "'none'",
        'frame-ancestors': "'none'",
      });
      expect(res.headers['content-security-policy']).not.toContain('unsafe');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('keeps the API documentation (swagger-ui) as strict, but for one hashed style', async () => {
    const docs = await dev.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    const policy = csp(docs.headers);
    expect(policy['script-src']).toBe("'self'");
    expect(policy['style-src']).toMatch(/^'self' 'sha256-[A-Za-z0-9+/=]+'$/);
    expect(policy['frame-ancestors']).toBe("'none'");
    expect(docs.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(docs.headers['content-security-policy']).not.toContain('https:');
  });

  it('sends HSTS in production only', async () => {
    const d = await dev.app.inject({ method: 'GET', url: '/api/health' });
    expect(d.headers['strict-transport-security']).toBeUndefined();
    const p = await prod.app.inject({ method: 'GET', url: '/api/health' });
    expect(p.headers['strict-transport-security']).toMatch(/max-age=31536000; includeSubDomains/);
    expect(p.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('uses a __Host- cookie with Secure in production', async () => {
    const res = await prod.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { bhxhCode: PEOPLE.citizenA.bhxhCode, password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === '__Host-vssid_session')!;
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.domain).toBeUndefined();
  });
});

/** A concrete URL for a route pattern: every `:param` filled with a value no validator accepts. */
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, '%00%3Cx%3E'.repeat(3));
const apiRoutes = () =>
  dev.app.routeList.filter(
    (r) => (r.url.startsWith('/api/') || r.url.startsWith('/dev/')) && !r.url.includes('*'),
  );
/** The only back-office routes open to anonymous callers: signing in. */
const PUBLIC_ADMIN = new Set(['POST /api/admin/auth/login']);

describe('back office: the session is checked before the input', () => {
  it('answers 401 to an anonymous call of every back-office route, whatever the input', async () => {
    const admin = apiRoutes().filter(
      (r) => r.url.startsWith('/api/admin/') && !PUBLIC_ADMIN.has(`${r.method} ${r.url}`),
    );
    expect(admin.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const r of admin) {
      const hasBody = !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(r.method);
      const res = await dev.app.inject({
        method: r.method as 'GET',
        url: `${concrete(r.url)}?page=-1&pageSize=abc&q=%00`,
        // Not even JSON: the body must not be read before the session is checked.
        ...(hasBody
          ? { headers: { 'content-type': 'application/json' }, payload: '{"values": [' }
          : {}),
      });
      if (res.statusCode !== 401) wrong.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('marks exactly the guarded operations as secured in the OpenAPI document', async () => {
    const doc = (await dev.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
      components: { securitySchemes: Record<string, { in: string; name: string }> };
    };
    expect(doc.components.securitySchemes).toMatchObject({
      citizenSession: { in: 'cookie', name: '__Host-vssid_session' },
      staffSession: { in: 'cookie', name: '__Host-vssid_staff' },
      csrf: { in: 'header', name: 'x-csrf-token' },
    });
    const wrong: string[] = [];
    let checked = 0;
    for (const r of apiRoutes()) {
      if (r.method === 'HEAD' || r.url.startsWith('/dev/') || r.url.startsWith('/api/docs'))
        continue;
      const op = doc.paths[r.url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[r.method.toLowerCase()];
      if (!op) continue;
      checked++;
      const schemes = (op.security ?? []).flatMap((s) => Object.keys(s)).sort();
      // What the route really does with an anonymous caller decides what the document must say.
      const anonymous = await dev.app.inject({ method: r.method as 'GET', url: concrete(r.url) });
      const guarded = anonymous.statusCode === 401;
      const cookie = r.url.startsWith('/api/admin/') ? 'staffSession' : 'citizenSession';
      const expected = !guarded ? [] : r.method === 'GET' ? [cookie] : [cookie, 'csrf'].sort();
      if (!Array.isArray(op.security) || schemes.join() !== expected.join())
        wrong.push(
          `${r.method} ${r.url}: ${JSON.stringify(op.security)} (anonymous → ${anonymous.statusCode})`,
        );
    }
    expect(checked).toBeGreaterThan(60);
    expect(wrong).toEqual([]);
  });
});

describe('Cache-Control: no-store on everything personal', () => {
  it('sends no-store on every API answer, signed in (either audience) or not', async () => {
    const citizen = await prod.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { bhxhCode: PEOPLE.citizenA.bhxhCode, password: PASSWORD },
    });
    expect(citizen.statusCode).toBe(200);
    const cookies = citizen.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const wrong: string[] = [];
    const gets = apiRoutes().filter((r) => r.method === 'GET' && !r.url.startsWith('/api/docs'));
    expect(gets.length).toBeGreaterThan(30);
    for (const r of gets) {
      for (const headers of [{}, { cookie: cookies }, { cookie: '__Host-vssid_staff=x' }]) {
        const res = await prod.app.inject({ method: 'GET', url: concrete(r.url), headers });
        if (!String(res.headers['cache-control'] ?? '').includes('no-store'))
          wrong.push(
            `${r.url} (${Object.keys(headers).length ? 'cookie' : 'anonymous'}) → ${res.statusCode} ${res.headers['cache-control']}`,
          );
      }
    }
    expect(wrong).toEqual([]);
    // The web app's shell and assets keep their own caching rules.
    const shell = await prod.app.inject({ method: 'GET', url: '/', headers: { cookie: cookies } });
    expect(String(shell.headers['cache-control'] ?? '')).not.toContain('no-store');
  });
});
