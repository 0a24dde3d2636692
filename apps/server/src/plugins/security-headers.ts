import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

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
 * Security headers on every answer (@fastify/helmet): a strict Content-Security-Policy, no framing,
 * no sniffing, no referrer; HSTS only in production (development is plain http). The API docs
 * get their own policy from @fastify/swagger-ui (plugins/swagger.ts).
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  o: { production: boolean },
): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: appCsp(o.production) },
    hsts: o.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onRequest', async (req, reply) => {
    if (req.url.startsWith('/dev/mail')) reply.header('content-security-policy', DEV_MAIL_CSP);
  });
}
