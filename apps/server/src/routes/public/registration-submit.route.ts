import {
  apiErrorSchema,
  otpSendDraftSchema as otpBody,
  otpSentSchema,
  registrationIdParamSchema as params,
  registrationStatusSchema,
  statusRequestSchema,
  submitRequestSchema,
  submittedSchema,
} from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { langFromHeader } from '../../lib/lang.ts';
import { draftToken } from './registration-token.ts';

const errors = {
  400: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
  422: apiErrorSchema,
  429: apiErrorSchema,
};

/** Step 4 ("Gửi", "Gửi lại mã", "Xác nhận") and "Tra cứu trạng thái đăng ký". */
export const registrationSubmitRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.registration;
  const tags = ['registration'];

  app.post(
    '/registrations/:id/otp',
    {
      schema: {
        tags,
        summary: 'Gửi mã OTP đến email (cũng dùng cho "Gửi lại mã")',
        params,
        body: otpBody,
        response: { 200: otpSentSchema, ...errors },
      },
    },
    async (req) => svc.submit.sendOtp(req.params.id, draftToken(req), req.body, req.ip),
  );

  app.post(
    '/registrations/:id/submit',
    {
      schema: {
        tags,
        summary: 'Xác nhận mã OTP và gửi hồ sơ',
        params,
        body: submitRequestSchema,
        response: { 200: submittedSchema, ...errors },
      },
    },
    async (req) => svc.submit.submit(req.params.id, draftToken(req), req.body.otp),
  );

  app.post(
    '/registrations/status',
    {
      schema: {
        tags,
        summary: 'Tra cứu trạng thái đăng ký (mã số BHXH + mã trong đường dẫn email)',
        body: statusRequestSchema,
        response: { 200: registrationStatusSchema, ...errors },
      },
    },
    async (req) =>
      svc.status.status(req.body, req.ip, langFromHeader(req.headers['accept-language'])),
  );
};
