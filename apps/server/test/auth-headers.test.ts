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
