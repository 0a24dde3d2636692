import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../lib/app-error.ts';
import '../lib/auth-context.ts';
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
