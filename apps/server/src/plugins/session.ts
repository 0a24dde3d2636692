import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, RouteOptions } from 'fastify';
import { AppError } from '../lib/app-error.ts';
import '../lib/auth-context.ts';
import { guardAudience, staffOnly } from '../lib/route-guards.ts';
import type { SessionService } from '../services/session.service.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * false on the sign-in routes (anonymous by nature): a stale or other-audience cookie the
     * page cannot read the token of must not block signing in. SameSite=Strict still keeps
     * other sites' requests from carrying the cookie at all.
     */
    csrf?: boolean;
  }
}

export type SessionCookie = {
  name: string;
  secure: boolean;
};

export type Audience = 'citizen' | 'staff';

/**
 * One cookie per audience: a citizen session never reaches /api/admin and a staff session never
 * reaches the citizen API, and an officer signed in at /admin in the same browser does not
 * disturb the citizen app's CSRF token. `__Host-` needs Secure, which plain-http development
 * cannot have.
 */
export function sessionCookie(secure: boolean, audience: Audience = 'citizen'): SessionCookie {
  const base = audience === 'staff' ? 'vssid_staff' : 'vssid_session';
  return { name: secure ? `__Host-${base}` : base, secure };
}

/** Staff routes live under /api/admin; everything else belongs to the citizen audience. */
export function audienceOf(url: string): Audience {
  return url.startsWith('/api/admin/') || url === '/api/admin' ? 'staff' : 'citizen';
}

/**
 * Resolves `req.auth` from the session cookie on every request and enforces CSRF protection:
 * a state-changing request that carries a session cookie must echo the session's CSRF token in
 * the `x-csrf-token` header (the cookie is also SameSite=Strict).
 */
export async function registerSession(
  app: FastifyInstance,
  o: { sessions: SessionService; secure: boolean },
): Promise<void> {
  await app.register(cookie);
  registerRouteGuards(app);
  registerCachePolicy(app, o.secure);
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req) => {
    req.auth = null;
    const token = req.cookies[sessionCookie(o.secure, audienceOf(req.url)).name];
    if (!token) return;
    req.auth = await o.sessions.resolve(token);
    if (req.auth && !SAFE_METHODS.has(req.method) && req.routeOptions.config?.csrf !== false) {
      if (req.headers['x-csrf-token'] !== req.auth.csrfToken)
        throw new AppError('CSRF_FAILED', 403);
    }
  });
}

const hooksOf = (h: unknown): unknown[] => (h === undefined ? [] : [h].flat());
const isAdminUrl = (url: string) => url === '/api/admin' || url.startsWith('/api/admin/');

/**
 * Runs every route's guard first and documents it (issue 10, item 9):
 * - the guards a route lists (lib/route-guards.ts) run at `onRequest`, after the session is
 *   resolved and before the body is read or validated: anonymous is 401 whatever the input;
 * - every /api/admin route without a guard gets `staffOnly()` unless it is declared public
 *   (`security: []`, the sign-in): a new back-office route is closed by default;
 * - its OpenAPI `security` follows the guard: the staff or citizen session cookie (plus the CSRF
 *   header unless GET/HEAD), or `[]` for a public route.
 */
function registerRouteGuards(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const pre = hooksOf(route.preValidation);
    const guards = pre.filter((h) => guardAudience(h));
    const declaredPublic =
      Array.isArray(route.schema?.security) && route.schema.security.length === 0;
    if (guards.length === 0 && isAdminUrl(route.url) && !declaredPublic) guards.push(staffOnly());
    if (guards.length > 0) {
      route.onRequest = [...hooksOf(route.onRequest), ...guards] as RouteOptions['onRequest'];
      route.preValidation = pre.filter((h) => !guardAudience(h)) as RouteOptions['preValidation'];
    }
    if (!route.schema) return;
    const audience = guardAudience(guards[0]);
    const reads = [route.method].flat().every((m) => m === 'GET' || m === 'HEAD');
    const cookieScheme = audience === 'staff' ? 'staffSession' : 'citizenSession';
    route.schema.security = audience
      ? [reads ? { [cookieScheme]: [] } : { [cookieScheme]: [], csrf: [] }]
      : [];
  });
}

/**
 * Nothing personal is stored by a browser or a proxy: every API response gets
 * `Cache-Control: no-store`, unless a public route chose its own caching and the request carries
 * no session cookie. (Today no API route is publicly cacheable; the web app's static files are
 * not API responses and keep their own rules in plugins/web-app.ts.)
 */
function registerCachePolicy(app: FastifyInstance, secure: boolean): void {
  const cookieNames = (['citizen', 'staff'] as const).map((a) => sessionCookie(secure, a).name);
  app.addHook('onSend', async (req, reply) => {
    if (!req.url.startsWith('/api/') && !req.url.startsWith('/dev/')) return;
    const current = String(reply.getHeader('cache-control') ?? '');
    if (current.includes('no-store')) return;
    // A guarded route answers only a request with a session cookie (401 otherwise).
    const personal = cookieNames.some((n) => req.cookies?.[n]);
    if (!current || personal) reply.header('cache-control', 'no-store');
  });
}

/** Sets the session cookie (HttpOnly, SameSite=Strict, path /, 12 h at most). */
export function setSessionCookie(reply: FastifyReply, c: SessionCookie, token: string): void {
  reply.setCookie(c.name, token, {
    httpOnly: true,
    secure: c.secure,
    sameSite: 'strict',
    path: '/',
    maxAge: 12 * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, c: SessionCookie): void {
  reply.clearCookie(c.name, { path: '/', secure: c.secure, httpOnly: true, sameSite: 'strict' });
}
