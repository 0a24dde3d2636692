import {
  adminRegistrationDetailSchema,
  adminRegistrationListSchema,
  adminRegistrationQuerySchema,
  agencyDriveListSchema,
  apiErrorSchema,
  auditLogListSchema,
  auditLogQuerySchema,
  decisionResultSchema,
  registrationIdParamSchema as params,
  registrationNeighboursQuerySchema,
  registrationNeighboursSchema,
  registrationPhotoParamSchema,
  rejectRequestSchema,
  undoResultSchema,
} from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../lib/guards.ts';
import { langFromHeader } from '../../lib/lang.ts';
import { fileResponse } from '../http.ts';
import { FILE_HEADERS } from '../public/registration-token.ts';

const errors = {
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
};

/** The back office's registration queue: the officer's own agency only (others are 404). */
export const adminRegistrationRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.registration;
  const tags = ['back office'];

  app.get(
    '/registrations',
    {
      schema: {
        tags,
        summary: 'Hồ sơ đăng ký của cơ quan (mới nhất trước)',
        querystring: adminRegistrationQuerySchema,
        response: { 200: adminRegistrationListSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (req) => svc.review.list(requireStaff(req), req.query),
  );

  app.get(
    '/registrations/drives',
    {
      schema: {
        tags,
        summary: 'Các đợt đăng ký của tổ chức mà cơ quan tiếp nhận (lọc hồ sơ theo đợt)',
        response: { 200: agencyDriveListSchema, ...errors },
      },
    },
    async (req) => svc.review.drives(requireStaff(req)),
  );

  app.get(
    '/registrations/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết hồ sơ',
        params,
        response: { 200: adminRegistrationDetailSchema, ...errors },
      },
    },
    async (req) =>
      svc.review.detail(
        requireStaff(req),
        req.params.id,
        langFromHeader(req.headers['accept-language']),
      ),
  );

  app.get(
    '/registrations/:id/neighbours',
    {
      schema: {
        tags,
        summary: 'Hồ sơ trước và sau trong danh sách đã lọc (phím tắt, chuyển hồ sơ sau khi xử lý)',
        params,
        querystring: registrationNeighboursQuerySchema,
        response: { 200: registrationNeighboursSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (req) => svc.review.neighbours(requireStaff(req), req.params.id, req.query),
  );

  app.get(
    '/registrations/:id/photos/:kind',
    {
      schema: {
        tags,
        summary: 'Ảnh của hồ sơ',
        params: registrationPhotoParamSchema,
        response: {
          200: fileResponse('Ảnh JPEG', 'image/jpeg'),
          400: apiErrorSchema,
          401: apiErrorSchema,
          403: apiErrorSchema,
          404: apiErrorSchema,
        },
      },
    },
    async (req, reply) => {
      const bytes = await svc.review.photo(requireStaff(req), req.params.id, req.params.kind);
      return reply.headers(FILE_HEADERS(req.params.kind)).send(bytes);
    },
  );

  app.post(
    '/registrations/:id/approve',
    {
      schema: {
        tags,
        summary: 'Duyệt: tạo tài khoản và gửi ID, mật khẩu qua email',
        params,
        body: z.object({}).optional(),
        response: { 200: decisionResultSchema, ...errors },
      },
    },
    async (req) => svc.decisions.approve(requireStaff(req), req.params.id),
  );

  app.post(
    '/registrations/:id/reject',
    {
      schema: {
        tags,
        summary: 'Từ chối (lý do và ghi chú được gửi qua email)',
        params,
        body: rejectRequestSchema,
        response: { 200: decisionResultSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (req) => svc.decisions.reject(requireStaff(req), req.params.id, req.body),
  );

  app.post(
    '/registrations/:id/undo',
    {
      schema: {
        tags,
        summary: 'Hoàn tác quyết định vừa đưa ra (trong vài giây, trước khi thư được gửi)',
        params,
        body: z.object({}).optional(),
        response: { 200: undoResultSchema, ...errors },
      },
    },
    async (req) => svc.decisions.undo(requireStaff(req), req.params.id),
  );

  app.get(
    '/audit-log',
    {
      schema: {
        tags,
        summary: 'Nhật ký truy cập và xử lý hồ sơ (lãnh đạo)',
        querystring: auditLogQuerySchema,
        response: { 200: auditLogListSchema, ...errors },
      },
    },
    async (req) => svc.audit.page(requireStaff(req), req.query),
  );
};
