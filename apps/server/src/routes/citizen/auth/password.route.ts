import {
  changePasswordRequestSchema,
  passwordResetConfirmedSchema,
  passwordResetConfirmSchema,
  passwordResetResendSchema,
  passwordResetStartedSchema,
  passwordResetStartSchema,
  sessionInfoSchema,
} from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { citizenOnly, NO_SECURITY, SESSION_SECURITY } from '../../../lib/route-guards.ts';
import { errors } from '../../http.ts';

/** "Đổi mật khẩu" and "Quên mật khẩu?" under /api/auth. */
export const passwordRoutes: FastifyPluginAsyncZod = async (app) => {
  const security = () => app.runtime.services.security;

  app.post(
    '/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu (bắt buộc sau lần đăng nhập đầu bằng mật khẩu được gửi qua email)',
        description:
          'Mật khẩu mới: ít nhất 12 ký tự (sau chuẩn hóa NFC), tối đa 256 byte, không nằm trong danh sách mật khẩu phổ biến, không chứa mã số BHXH, ngày sinh, họ tên. Các phiên khác bị đăng xuất; một email thông báo được gửi.',
        security: SESSION_SECURITY,
        body: changePasswordRequestSchema,
        response: { 200: sessionInfoSchema, ...errors(400, 401, 403, 423, 503) },
      },
      preValidation: citizenOnly({ allowPasswordChangeDue: true }),
    },
    async (req) => security().passwordChange.change(req.auth!, req.body),
  );

  app.post(
    '/password-reset/start',
    {
      config: { csrf: false },
      schema: {
        tags: ['auth'],
        summary: 'Quên mật khẩu: mã số BHXH và email đã đăng ký → mã OTP qua email',
        description:
          'Luôn trả 202 cùng dạng, dù mã số hay email có khớp hay không (không tiết lộ).',
        security: NO_SECURITY,
        body: passwordResetStartSchema,
        response: { 202: passwordResetStartedSchema, ...errors(400, 429) },
      },
    },
    async (req, reply) => {
      const started = await security().passwordReset.start(req.body, req.ip);
      return reply.status(202).send(started);
    },
  );

  app.post(
    '/password-reset/resend',
    {
      config: { csrf: false },
      schema: {
        tags: ['auth'],
        summary: 'Gửi lại mã OTP (sau 60 giây; số lần nhập sai vẫn giữ nguyên)',
        security: NO_SECURITY,
        body: passwordResetResendSchema,
        response: { 202: passwordResetStartedSchema, ...errors(400, 429) },
      },
    },
    async (req, reply) => {
      const started = await security().passwordReset.resend(req.body, req.ip);
      return reply.status(202).send(started);
    },
  );

  app.post(
    '/password-reset/confirm',
    {
      config: { csrf: false },
      schema: {
        tags: ['auth'],
        summary: 'Xác nhận OTP → mật khẩu mới được gửi qua email, mọi phiên bị đăng xuất',
        security: NO_SECURITY,
        body: passwordResetConfirmSchema,
        response: { 200: passwordResetConfirmedSchema, ...errors(400, 429, 503) },
      },
    },
    async (req) => security().passwordReset.confirm(req.body, req.ip),
  );
};
