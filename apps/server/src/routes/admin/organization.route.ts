import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import {
  apiErrorSchema,
  driveProgressSchema,
  orgOverviewSchema,
  rosterImportSchema,
  rosterStudentListSchema,
  rosterStudentQuerySchema,
} from '@vssid/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.ts';
import { orgStaffOnly, SESSION_SECURITY } from '../../lib/route-guards.ts';
import { type RosterFile, rosterKind } from '../../services/organization/roster-file.ts';
import { fileResponse } from '../http.ts';

/** A CSV is streamed (20,000 rows are ~2 MB); this bounds the time of one upload. */
const MAX_ROSTER_BYTES = 64 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const errors = { 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

/** The roster as a stream: the multipart part "file", or a raw CSV / XLSX body. */
async function rosterFile(req: FastifyRequest): Promise<RosterFile> {
  if (req.isMultipart()) {
    const part = await req.file();
    if (part) return { kind: rosterKind(part.mimetype, part.filename), stream: part.file };
  } else if (req.body && typeof (req.body as Readable).pipe === 'function') {
    return { kind: rosterKind(req.headers['content-type'] ?? ''), stream: req.body as Readable };
  }
  throw new AppError('ROSTER_FILE_REQUIRED', 400, [
    { field: 'file', code: 'ROSTER_FILE_REQUIRED' },
  ]);
}

/**
 * The organization portal's API (issue 13, contracts/organization.ts), for organization staff
 * only: officers are 403 here. Another organization's drive or import is 404.
 */
export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.organization;
  await app.register(multipart, { limits: { fileSize: MAX_ROSTER_BYTES, files: 1, fields: 5 } });
  for (const type of ['text/csv', XLSX])
    app.addContentTypeParser(type, { bodyLimit: MAX_ROSTER_BYTES }, (_req, payload, done) =>
      done(null, payload),
    );
  const tags = ['organization'];
  const preValidation = orgStaffOnly();
  const drive = z.object({ id: z.uuid() });
  const listQuery = rosterStudentQuerySchema;
  const auth = (req: FastifyRequest) => req.auth!;

  app.get(
    '/drives',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Đơn vị của cán bộ và các đợt đăng ký VssID',
        response: { 200: orgOverviewSchema, 401: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    async (req) => svc.overview(auth(req)),
  );
  app.get(
    '/drives/:id',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Tiến độ đợt đăng ký: theo trạng thái, khoa, lớp; số ngày còn lại',
        params: drive,
        response: { 200: driveProgressSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (req) => svc.progress(auth(req), req.params.id),
  );
  app.get(
    '/drives/:id/students',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Danh sách sinh viên của đợt, lọc theo trạng thái, khoa, lớp; tìm kiếm',
        params: drive,
        querystring: listQuery,
        response: { 200: rosterStudentListSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (req) => svc.students(auth(req), req.params.id, req.query),
  );
  app.get(
    '/drives/:id/students.csv',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Xuất danh sách sinh viên và trạng thái (CSV)',
        params: drive,
        querystring: listQuery.omit({ page: true }),
        response: {
          200: fileResponse('Danh sách sinh viên và trạng thái đăng ký', 'text/csv'),
          400: apiErrorSchema,
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const csv = await svc.exportCsv(auth(req), req.params.id, req.query);
      return reply
        .headers({
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="dot-dang-ky-${req.params.id}.csv"`,
          'x-content-type-options': 'nosniff',
        })
        .send(csv);
    },
  );
  app.post(
    '/drives/:id/roster',
    {
      // Only "Cán bộ đơn vị" imports: refused before the body is read.
      preValidation: orgStaffOnly(['org_unit']),
      bodyLimit: MAX_ROSTER_BYTES,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Nhập danh sách sinh viên (CSV hoặc XLSX; multipart "file" hoặc nội dung tệp)',
        params: drive,
        headers: z.object({ 'x-import-id': z.uuid().optional() }),
        response: {
          200: rosterImportSchema,
          400: apiErrorSchema,
          409: apiErrorSchema,
          413: apiErrorSchema,
          415: apiErrorSchema,
          422: apiErrorSchema,
          ...errors,
        },
      },
    },
    async (req) =>
      svc.importRoster(auth(req), req.params.id, await rosterFile(req), req.headers['x-import-id']),
  );
  app.get(
    '/roster-imports/:id',
    {
      preValidation: orgStaffOnly(['org_unit']),
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Tiến độ và báo cáo từng dòng của một lượt nhập danh sách',
        params: drive,
        response: { 200: rosterImportSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (req) => svc.importJob(auth(req), req.params.id),
  );
};
