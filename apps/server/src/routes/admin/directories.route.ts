import {
  apiErrorSchema,
  directoryAdminPageSchema,
  directoryAdminQuerySchema,
  directoryEntryInputSchema,
  directoryEntrySchema,
  directoryKindParamSchema,
} from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../lib/guards.ts';
import { SESSION_SECURITY, staffOnly } from '../../lib/route-guards.ts';
import { DIRECTORY_MANAGERS } from '../../policies/directories.policy.ts';

const errors = { 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };
const entryParams = directoryKindParamSchema.extend({ id: z.uuid() });

/**
 * The public directories in the back office (contracts/directories-admin.ts): list, read and
 * edit one record. CSV imports go through /imports/:kind (imports.route.ts).
 */
export const adminDirectoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.directoryAdmin;
  const tags = ['back office'];
  const preValidation = staffOnly(DIRECTORY_MANAGERS);

  app.get(
    '/directories/:kind',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Danh mục tra cứu: danh sách (tìm kiếm, lọc theo tỉnh/thành phố)',
        params: directoryKindParamSchema,
        querystring: directoryAdminQuerySchema,
        response: { 200: directoryAdminPageSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (req) => svc.list(requireStaff(req), req.params.kind, req.query),
  );
  app.post(
    '/directories/:kind',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Danh mục tra cứu: thêm một bản ghi (cùng quy tắc kiểm tra như nhập CSV)',
        params: directoryKindParamSchema,
        body: directoryEntryInputSchema,
        response: {
          201: directoryEntrySchema,
          400: apiErrorSchema,
          409: apiErrorSchema,
          ...errors,
        },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await svc.create(requireStaff(req), req.params.kind, req.body.values)),
  );
  app.get(
    '/directories/:kind/:id',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Danh mục tra cứu: một bản ghi',
        params: entryParams,
        response: { 200: directoryEntrySchema, ...errors },
      },
    },
    async (req) => svc.get(requireStaff(req), req.params.kind, req.params.id),
  );
  app.put(
    '/directories/:kind/:id',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Danh mục tra cứu: sửa một bản ghi (cùng quy tắc kiểm tra như nhập CSV)',
        params: entryParams,
        body: directoryEntryInputSchema,
        response: {
          200: directoryEntrySchema,
          400: apiErrorSchema,
          409: apiErrorSchema,
          ...errors,
        },
      },
    },
    async (req) => svc.update(requireStaff(req), req.params.kind, req.params.id, req.body.values),
  );
};
