import {
  apiErrorSchema,
  applicationNumberInput,
  declarationListSchema,
  declarationReceiptSchema,
  declarationReceiveResultSchema,
  declarationReceiveSchema,
  handoverQuerySchema,
} from '@vssid/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgStaffOnly, SESSION_SECURITY } from '../../lib/route-guards.ts';
import { fileResponse } from '../http.ts';

/**
 * "Đã nộp tờ khai" and "Danh sách bàn giao tờ khai" (contracts/declarations.ts), under
 * /api/admin/org like the rest of the organization portal: organization staff only.
 */
export const organizationDeclarationRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.declarations;
  const tags = ['organization'];
  const preValidation = orgStaffOnly();
  const drive = z.object({ id: z.uuid() });
  const auth = (req: FastifyRequest) => req.auth!;
  const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema };

  app.get(
    '/drives/:id/declarations',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Tờ khai đã nhận (mới nhất trước) và số tờ khai theo cơ quan BHXH tiếp nhận',
        params: drive,
        response: { 200: declarationListSchema, ...errors, 404: apiErrorSchema },
      },
    },
    async (req) => svc.list(auth(req), req.params.id),
  );
  app.post(
    '/drives/:id/declarations',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary:
          'Nhận tờ khai đã ký (mã hồ sơ quét từ mã QR hoặc gõ tay): "Đã nộp tờ khai"; 200 khi đã nhận trước đó',
        params: drive,
        body: declarationReceiveSchema,
        response: {
          200: declarationReceiveResultSchema,
          201: declarationReceiveResultSchema,
          ...errors,
          404: apiErrorSchema,
          409: apiErrorSchema,
        },
      },
    },
    async (req, reply) => {
      const r = await svc.receive(auth(req), req.params.id, req.body.applicationNumber);
      return reply.status(r.outcome === 'received' ? 201 : 200).send(r);
    },
  );
  app.delete(
    '/drives/:id/declarations/:number',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Hoàn tác việc nhận tờ khai (quét nhầm)',
        params: drive.extend({ number: applicationNumberInput }),
        response: { 200: declarationReceiptSchema, ...errors, 404: apiErrorSchema },
      },
    },
    async (req) => svc.undo(auth(req), req.params.id, req.params.number),
  );
  app.get(
    '/drives/:id/declarations/handover.pdf',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Danh sách bàn giao tờ khai cho một cơ quan BHXH tiếp nhận (PDF)',
        params: drive,
        querystring: handoverQuerySchema,
        response: {
          200: fileResponse('Danh sách bàn giao tờ khai', 'application/pdf'),
          ...errors,
          404: apiErrorSchema,
        },
      },
    },
    async (req, reply) => {
      const { pdf } = await svc.handover(auth(req), req.params.id, req.query.agencyId);
      return reply
        .headers({
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="ban-giao-to-khai-${req.params.id}.pdf"`,
          'x-content-type-options': 'nosniff',
        })
        .send(pdf);
    },
  );
};
