import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import { apiErrorSchema, IMPORT_KINDS, importJobSchema, isDirectoryKind } from '@vssid/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.ts';
import { requireStaff } from '../../lib/guards.ts';
import { SESSION_SECURITY, staffOnly } from '../../lib/route-guards.ts';
import { DIRECTORY_MANAGERS } from '../../policies/directories.policy.ts';
import { fileResponse } from '../http.ts';

/** 1 GB: a million-row file is ~150 MB; the body is streamed, so this bounds time, not memory. */
const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
const errors = { 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

/** The file as a stream: the multipart part "file", or the raw body (text/csv). Never buffered. */
async function csvStream(req: FastifyRequest): Promise<Readable> {
  if (req.isMultipart()) {
    const part = await req.file();
    if (part) return part.file;
  } else if (req.body && typeof (req.body as Readable).pipe === 'function') {
    return req.body as Readable;
  }
  throw new AppError('IMPORT_FILE_REQUIRED', 400, [
    { field: 'file', code: 'IMPORT_FILE_REQUIRED' },
  ]);
}

/**
 * CSV imports of records and directories (contracts/records.ts, docs/IMPORTS.md). A file is
 * sent to /imports/:kind; the job it starts lives under /imports/jobs/:id (a distinct segment, so
 * the two are not one path with two parameter names).
 */
export const adminImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.imports;
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } });
  // Raw CSV bodies are handed over as the request stream itself.
  for (const type of ['text/csv', 'application/octet-stream'])
    app.addContentTypeParser(type, { bodyLimit: MAX_IMPORT_BYTES }, (_req, payload, done) =>
      done(null, payload),
    );
  const tags = ['back office'];
  const preValidation = staffOnly();
  const id = z.object({ id: z.uuid() });

  app.post(
    '/imports/:kind',
    {
      preValidation,
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Nhập dữ liệu từ tệp CSV (multipart "file" hoặc nội dung text/csv)',
        params: z.object({ kind: z.enum(IMPORT_KINDS) }),
        headers: z.object({ 'x-import-id': z.uuid().optional() }),
        response: {
          200: importJobSchema,
          400: apiErrorSchema,
          409: apiErrorSchema,
          422: apiErrorSchema,
          ...errors,
        },
      },
    },
    async (req) => {
      // Directories: supervisors and administrators only, refused before the body is read.
      const officer = requireStaff(
        req,
        isDirectoryKind(req.params.kind) ? DIRECTORY_MANAGERS : undefined,
      );
      return svc.run(officer, req.params.kind, await csvStream(req), req.headers['x-import-id']);
    },
  );
  app.get(
    '/imports/jobs/:id',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Tiến độ nhập dữ liệu',
        params: id,
        response: { 200: importJobSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (req) => svc.get(requireStaff(req), req.params.id),
  );
  app.get(
    '/imports/jobs/:id/report.csv',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Báo cáo nhập dữ liệu (CSV)',
        params: id,
        response: {
          200: fileResponse('Mỗi dòng bị bỏ qua hoặc từ chối và lý do', 'text/csv'),
          400: apiErrorSchema,
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const csv = await svc.report(requireStaff(req), req.params.id);
      return reply
        .headers({
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="import-${req.params.id}.csv"`,
          'x-content-type-options': 'nosniff',
        })
        .send(csv);
    },
  );
};
