import {
  changePasswordRequestSchema,
  passkeyLoginSchema,
  passkeyOptionsSchema,
  sessionInfoSchema,
  staffLoginRequestSchema,
  totpRequestSchema,
} from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  anyStaffOnly,
  NO_SECURITY,
  SESSION_SECURITY,
  staffSessionOnly,
} from '../../../lib/route-guards.ts';
import { clientOf, errors, noContent, sessionCookieOn } from '../../http.ts';

/**
 * Staff sign-in at /admin, under /api/admin/auth: password → 'partial' session → TOTP or passkey →
 * full session under a new id. Citizens' accounts cannot sign in here (they have no username).
 */
export const staffLoginRoutes: FastifyPluginAsyncZod = async (app) => {
  const staff = () => app.runtime.services.security.staffAuth;
  const tags = ['admin'];

  app.post(
    '/login',
    {
      config: { csrf: false },
      schema: {
        tags,
        summary: 'Cán bộ đăng nhập bằng tên đăng nhập và mật khẩu (bước 1/2)',
        security: NO_SECURITY,
        body: staffLoginRequestSchema,
        response: { 200: sessionInfoSchema, ...errors(400, 401, 423, 429, 503) },
      },
    },
    async (req, reply) => {
      const { token, info } = await staff().login(req.body, clientOf(req));
      sessionCookieOn(app, reply, token);
      return info;
    },
  );

  app.post(
    '/totp',
    {
      schema: {
        tags,
        summary: 'Bước 2/2: mã TOTP 6 chữ số từ ứng dụng xác thực',
        security: SESSION_SECURITY,
        body: totpRequestSchema,
        response: { 200: sessionInfoSchema, ...errors(400, 401, 423) },
      },
      preValidation: staffSessionOnly(),
    },
    async (req, reply) => {
      const { token, info } = await staff().totp(req.auth, req.body.code, clientOf(req));
      if (token) sessionCookieOn(app, reply, token);
      return info;
    },
  );

  app.post(
    '/passkey-options',
    {
      schema: {
        tags,
        summary: 'Bước 2/2 bằng passkey: tùy chọn WebAuthn',
        security: SESSION_SECURITY,
        response: { 200: passkeyOptionsSchema, ...errors(400, 401) },
      },
      preValidation: staffSessionOnly(),
    },
    async (req) => staff().passkeyOptions(req.auth),
  );

  app.post(
    '/passkey',
    {
      schema: {
        tags,
        summary: 'Bước 2/2 bằng passkey',
        security: SESSION_SECURITY,
        body: passkeyLoginSchema,
        response: { 200: sessionInfoSchema, ...errors(400, 401) },
      },
      preValidation: staffSessionOnly(),
    },
    async (req, reply) => {
      const { token, info } = await staff().passkey(req.auth, req.body.response, clientOf(req));
      if (token) sessionCookieOn(app, reply, token);
      return info;
    },
  );

  app.get(
    '/session',
    {
      schema: {
        tags,
        summary: 'Phiên cán bộ hiện tại (kể cả khi đang chờ bước 2)',
        security: SESSION_SECURITY,
        response: { 200: sessionInfoSchema, ...errors(401) },
      },
      preValidation: staffSessionOnly(),
    },
    async (req) => staff().session(req.auth!),
  );

  app.post(
    '/logout',
    {
      schema: {
        tags,
        summary: 'Cán bộ đăng xuất',
        security: SESSION_SECURITY,
        response: { 204: noContent, ...errors(401, 403) },
      },
      preValidation: staffSessionOnly(),
    },
    async (req, reply) => {
      await app.runtime.services.sessions.end(req.auth!.sessionId);
      sessionCookieOn(app, reply, null);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/password',
    {
      schema: {
        tags,
        summary: 'Cán bộ đổi mật khẩu',
        security: SESSION_SECURITY,
        body: changePasswordRequestSchema,
        response: { 200: sessionInfoSchema, ...errors(400, 401, 403, 423, 503) },
      },
      preValidation: anyStaffOnly({ allowPasswordChangeDue: true }),
    },
    async (req) => app.runtime.services.security.passwordChange.change(req.auth!, req.body),
  );
};
