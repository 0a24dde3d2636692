import { apiErrorSchema } from '@vssid/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  audienceOf,
  clearSessionCookie,
  sessionCookie,
  setSessionCookie,
} from '../plugins/session.ts';
import type { ClientInfo } from '../services/auth.service.ts';

/** Error answers a route may give, each in the shared error shape (for the OpenAPI document). */
export function errors<const S extends readonly number[]>(...statuses: S) {
  return Object.fromEntries(statuses.map((s) => [s, apiErrorSchema])) as {
    [K in S[number]]: typeof apiErrorSchema;
  };
}

/** Who is signing in, from where: the IP for the per-IP limit, the User-Agent for the device list. */
export function clientOf(req: FastifyRequest): ClientInfo {
  const ua = req.headers['user-agent'];
  return {
    ip: req.ip,
    userAgent: typeof ua === 'string' ? ua : undefined,
    ...(req.auth ? { previousSessionId: req.auth.sessionId } : {}),
  };
}

/** Sets (token) or clears (null) the session cookie with the app's cookie settings. */
export function sessionCookieOn(app: FastifyInstance, reply: FastifyReply, token: string | null) {
  const c = sessionCookie(app.runtime.config.secureCookies, audienceOf(reply.request.url));
  if (token) setSessionCookie(reply, c, token);
  else clearSessionCookie(reply, c);
}

/** 204: nothing in the body. */
export const noContent = z.null().describe('Không có nội dung');

/**
 * A file answer (image, PDF, CSV) for the OpenAPI document. Not a zod schema: Fastify sends the
 * route's Buffer or string as it is (no serializer runs for those), and plugins/swagger.ts
 * passes this entry to the document unchanged.
 */
export function fileResponse(description: string, ...types: string[]) {
  return {
    description,
    content: Object.fromEntries(
      types.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }]),
    ),
  };
}
