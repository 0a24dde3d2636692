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

/** `__Host-` needs Secure, which plain-http development cannot have. */
export function sessionCookie(secure: boolean): SessionCookie {
  return { name: secure ? '__Host-vssid_session' : 'vssid_session', secure };
}

/**
 * Resolves `req.auth` from the session cookie on every request and enforces CSRF protection:
 * a state-changing request that carries a session cookie must echo the session's CSRF token in
 * the `x-csrf-token` header (the cookie is also SameSite=Strict).
 */
export async function registerSession(
  app: FastifyInstance,
  o: { sessions: SessionService; cookie: SessionCookie },
): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req) => {
    req.auth = null;
    const token = req.cookies[o.cookie.name];
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
