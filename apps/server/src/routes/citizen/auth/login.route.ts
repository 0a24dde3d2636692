import { loginRequestSchema, reauthRequestSchema, sessionInfoSchema } from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../lib/app-error.ts';
import { citizenOnly, NO_SECURITY, SESSION_SECURITY } from '../../../lib/route-guards.ts';
import { clientOf, errors, noContent, sessionCookieOn } from '../../http.ts';

/** "Đăng nhập" / "Đăng xuất" for citizens: POST /api/auth/login, /logout, /logout-all; GET /session. */
export const loginRoutes: FastifyPluginAsyncZod = async (app) => {
  const security = () => app.runtime.services.security;

  app.post(
    '/login',
    {
      config: { csrf: false },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập bằng mã số BHXH và mật khẩu',
        description:
          'Sai mã hay sai mật khẩu đều trả 401 INVALID_CREDENTIALS như nhau. Sai 5 lần liên tiếp: 423 ACCOUNT_LOCKED kèm error.lockedUntil (15 phút, tăng dần). Tối đa 20 lần/phút mỗi IP (429, Retry-After).',
        security: NO_SECURITY,
        body: loginRequestSchema,
        response: { 200: sessionInfoSchema, ...errors(400, 401, 423, 429, 503) },
      },
    },
    async (req, reply) => {
      const { token, info } = await security().auth.login(req.body, clientOf(req));
      sessionCookieOn(app, reply, token);
      return info;
    },
  );

  app.get(
    '/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Phiên đăng nhập hiện tại (204 nếu chưa đăng nhập)',
        description:
          '"Đã đăng nhập chưa?" là một câu hỏi, không phải lỗi: 200 kèm phiên khi có phiên công dân, 204 khi chưa đăng nhập (không cookie, phiên đã hết hạn hay đã đăng xuất). Trình duyệt không ghi lỗi 401 vào console ở mỗi lần mở ứng dụng.',
        security: NO_SECURITY,
        response: { 200: sessionInfoSchema, 204: noContent },
      },
    },
    async (req, reply) => {
      if (req.auth?.kind !== 'citizen') return reply.status(204).send(null);
      // An account removed while its session was still cached is signed out too, not an error.
      const info = await security()
        .auth.sessionInfo(req.auth)
        .catch((err: unknown) => {
          if (err instanceof AppError && err.status === 401) return null;
          throw err;
        });
      return info ?? reply.status(204).send(null);
    },
  );

  app.post(
    '/reauth',
    {
      schema: {
        tags: ['auth'],
        summary: 'Nhập lại mật khẩu trước thao tác nhạy cảm (có hiệu lực 5 phút)',
        security: SESSION_SECURITY,
        body: reauthRequestSchema,
        response: { 204: noContent, ...errors(400, 401, 403, 423, 503) },
      },
      preValidation: citizenOnly(),
    },
    async (req, reply) => {
      await security().passwordChange.reauthenticate(req.auth!, req.body.password);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đăng xuất',
        security: SESSION_SECURITY,
        response: { 204: noContent, ...errors(401, 403) },
      },
      preValidation: citizenOnly({ allowPasswordChangeDue: true }),
    },
    async (req, reply) => {
      await app.runtime.services.sessions.end(req.auth!.sessionId);
      sessionCookieOn(app, reply, null);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/logout-all',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đăng xuất khỏi tất cả thiết bị',
        security: SESSION_SECURITY,
        response: { 204: noContent, ...errors(401, 403) },
      },
      preValidation: citizenOnly({ allowPasswordChangeDue: true }),
    },
    async (req, reply) => {
      await app.runtime.services.sessions.endAll(req.auth!.accountId);
      sessionCookieOn(app, reply, null);
      return reply.status(204).send(null);
    },
  );
};
