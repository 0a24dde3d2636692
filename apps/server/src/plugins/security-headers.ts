import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

const SELF = ["'self'"];

/**
 * The policy the citizen PWA runs under: nothing inline, nothing from elsewhere. Vite's build has
 * no inline script (the service worker is registered from the bundle) and React sets styles
 * through the DOM, which style-src does not cover.
 */
export function appCsp(production: boolean) {
  return {
    defaultSrc: SELF,
    scriptSrc: SELF,
    scriptSrcAttr: ["'none'"],
    styleSrc: SELF,
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: SELF,
    connectSrc: SELF,
    mediaSrc: ["'self'", 'blob:'],
    workerSrc: SELF,
    manifestSrc: SELF,
    objectSrc: ["'none'"],
    baseUri: SELF,
    formAction: SELF,
    frameAncestors: ["'none'"],
    // Plain-http development on localhost must not be sent to https.
    ...(production ? { upgradeInsecureRequests: [] } : {}),
  };
}

/**
 * The development mailbox (never mounted in production) shows mails as their senders wrote them:
 * inline styles in a sandboxed srcdoc frame, which inherits this policy. Scripts stay forbidden.
 */
const DEV_MAIL_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The headers @fastify/helmet adds with `options`, found once by asking it: a throwaway Fastify
 * answers one request with and one without the plugin, and the difference is helmet's. Registered
 * as such, helmet rebuilds the same constant headers (the CSP string above all) on every answer —
 * 2.4 % of the CPU of GET /api/me/summary (docs/PERFORMANCE.md).
 */
export async function helmetHeaders(
  options: FastifyHelmetOptions,
): Promise<Record<string, string>> {
  const probe = async (withHelmet: boolean) => {
    const f = Fastify({ logger: false });
    if (withHelmet) await f.register(helmet, options);
    f.get('/', async () => 'ok');
    const res = await f.inject({ method: 'GET', url: '/' });
    await f.close();
    return res.headers;
  };
  const plain = await probe(false);
  const all = await probe(true);
  return Object.fromEntries(
    Object.entries(all)
      .filter(([name]) => !(name in plain))
      .map(([name, value]) => [name, String(value)]),
  );
}

/**
 * Security headers on every answer (helmet's, computed once at start-up): a strict
 * Content-Security-Policy, no framing, no sniffing, no referrer; HSTS only in production
 * (development is plain http). The API docs get their own policy from @fastify/swagger-ui
 * (plugins/swagger.ts), which replaces this one on its routes.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  o: { production: boolean },
): Promise<void> {
  const headers = await helmetHeaders({
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: appCsp(o.production) },
    hsts: o.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onRequest', (req, reply, done) => {
    reply.headers(headers);
    if (req.url.startsWith('/dev/mail')) reply.header('content-security-policy', DEV_MAIL_CSP);
    done();
  });
}
