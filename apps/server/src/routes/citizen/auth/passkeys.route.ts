import {
  passkeyIdParamSchema,
  passkeyListSchema,
  passkeyLoginSchema,
  passkeyOptionsSchema,
  passkeyRegistrationSchema,
  passkeySchema,
  sessionInfoSchema,
} from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { citizenOnly, NO_SECURITY, SESSION_SECURITY } from '../../../lib/route-guards.ts';
import { clientOf, errors, noContent, sessionCookieOn } from '../../http.ts';

/** "Đăng nhập bằng vân tay / khuôn mặt" (WebAuthn passkeys) under /api/auth/passkeys. */
export const passkeyRoutes: FastifyPluginAsyncZod = async (app) => {
  const security = () => app.runtime.services.security;
  const tags = ['auth'];

  app.post(
    '/passkeys/registration-options',
    {
      schema: {
        tags,
        summary: 'Cài đặt đăng nhập bằng vân tay: tùy chọn WebAuthn (cần đăng nhập trong 5 phút)',
        security: SESSION_SECURITY,
        response: { 200: passkeyOptionsSchema, ...errors(401, 403) },
      },
      preValidation: citizenOnly(),
    },
    async (req) => security().passkeys.registrationOptions(req.auth!),
  );

  app.post(
    '/passkeys/registration',
    {
      schema: {
        tags,
        summary: 'Lưu passkey vừa tạo (xác minh người dùng bắt buộc)',
        security: SESSION_SECURITY,
        body: passkeyRegistrationSchema,
        response: { 201: passkeySchema, ...errors(400, 401, 403) },
      },
      preValidation: citizenOnly(),
    },
    async (req, reply) => {
      const ua = req.headers['user-agent'];
      const passkey = await security().passkeys.register(req.auth!, req.body, ua);
      return reply.status(201).send(passkey);
    },
  );

  app.get(
    '/passkeys',
    {
      schema: {
        tags,
        summary: 'Các passkey đã cài đặt',
        security: SESSION_SECURITY,
        response: { 200: passkeyListSchema, ...errors(401, 403) },
      },
      preValidation: citizenOnly(),
    },
    async (req) => security().passkeys.list(req.auth!),
  );

  app.delete(
    '/passkeys/:id',
    {
      schema: {
        tags,
        summary: 'Xóa một passkey (cần đăng nhập trong 5 phút)',
        security: SESSION_SECURITY,
        params: passkeyIdParamSchema,
        response: { 204: noContent, ...errors(401, 403, 404) },
      },
      preValidation: citizenOnly(),
    },
    async (req, reply) => {
      await security().passkeys.remove(req.auth!, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/passkeys/login-options',
    {
      config: { csrf: false },
      schema: {
        tags,
        summary:
          'Đăng nhập bằng vân tay / khuôn mặt: tùy chọn WebAuthn (thử thách dùng một lần, 5 phút)',
        security: NO_SECURITY,
        response: { 200: passkeyOptionsSchema, ...errors(429) },
      },
    },
    async (req) => security().auth.passkeyOptions(req.ip),
  );

  app.post(
    '/passkeys/login',
    {
      config: { csrf: false },
      schema: {
        tags,
        summary: 'Đăng nhập bằng passkey (vẫn dùng được khi mật khẩu đang bị tạm khóa)',
        security: NO_SECURITY,
        body: passkeyLoginSchema,
        response: { 200: sessionInfoSchema, ...errors(400, 401, 429) },
      },
    },
    async (req, reply) => {
      const { token, info } = await security().auth.loginWithPasskey(
        req.body.response,
        clientOf(req),
      );
      sessionCookieOn(app, reply, token);
      return info;
    },
  );
};
