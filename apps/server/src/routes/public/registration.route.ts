import {
  apiErrorSchema,
  consentRequestSchema,
  draftAnswersPatchSchema,
  draftAnswersSchema,
  draftCreatedSchema,
  draftTokenHeaderSchema as headers,
  identityCheckedSchema,
  registrationIdParamSchema as params,
  registrationDraftSchema,
} from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { draftToken } from './registration-token.ts';

const errors = { 400: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };

/** "Đăng ký tài khoản", steps 1–3 without photos: the server-side draft and its answers. */
export const registrationRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.registration;
  const tags = ['registration'];

  app.post(
    '/registrations',
    {
      schema: {
        tags,
        summary: 'Bắt đầu đăng ký (tạo hồ sơ nháp)',
        response: { 201: draftCreatedSchema, 429: apiErrorSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.drafts.create(req.ip)),
  );

  app.get(
    '/registrations/:id',
    {
      schema: {
        tags,
        summary: 'Hồ sơ nháp đã lưu',
        params,
        headers,
        response: { 200: registrationDraftSchema, ...errors },
      },
    },
    async (req) => svc.drafts.get(req.params.id, draftToken(req)),
  );

  app.patch(
    '/registrations/:id',
    {
      schema: {
        tags,
        summary: 'Tự lưu các câu trả lời (không kiểm tra)',
        params,
        headers,
        body: draftAnswersPatchSchema,
        response: { 200: registrationDraftSchema, ...errors },
      },
    },
    async (req) => svc.drafts.patch(req.params.id, draftToken(req), req.body),
  );

  app.put(
    '/registrations/:id/identity',
    {
      schema: {
        tags,
        summary: 'Bước 1: lưu và kiểm tra mã số BHXH, họ tên ("Tiếp tục")',
        params,
        headers,
        // Saved as typed before the check, like …/applicant.
        body: draftAnswersSchema,
        response: {
          200: identityCheckedSchema,
          422: apiErrorSchema,
          429: apiErrorSchema,
          ...errors,
        },
      },
    },
    async (req) => svc.applicant.identity(req.params.id, draftToken(req), req.body, req.ip),
  );

  app.put(
    '/registrations/:id/applicant',
    {
      schema: {
        tags,
        summary: 'Bước 1–2: lưu và kiểm tra thông tin cá nhân ("Tiếp tục")',
        params,
        headers,
        // The answers are saved before they are checked, so the body is taken as typed.
        body: draftAnswersSchema,
        response: {
          200: registrationDraftSchema,
          422: apiErrorSchema,
          429: apiErrorSchema,
          ...errors,
        },
      },
    },
    async (req) => svc.applicant.check(req.params.id, draftToken(req), req.body, req.ip),
  );

  app.put(
    '/registrations/:id/consent',
    {
      schema: {
        tags,
        summary: 'Đồng ý xử lý ảnh chân dung và giấy tờ (Luật 91/2025/QH15)',
        params,
        headers,
        body: consentRequestSchema,
        response: { 200: registrationDraftSchema, ...errors },
      },
    },
    async (req) => svc.drafts.consent(req.params.id, draftToken(req)),
  );
};
