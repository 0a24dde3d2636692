import multipart from '@fastify/multipart';
import {
  apiErrorSchema,
  PHOTO_MAX_BYTES,
  registrationPhotoParamSchema as params,
  photoUploadedSchema,
  registrationDraftSchema,
} from '@vssid/contracts';
import type { FastifyError, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error.ts';
import { fileResponse } from '../http.ts';
import { draftToken, FILE_HEADERS } from './registration-token.ts';

const TOO_LARGE = new Set(['FST_ERR_CTP_BODY_TOO_LARGE', 'FST_REQ_FILE_TOO_LARGE']);

/** The upload: a multipart field "file" (the first file part) or the raw image as the body. */
async function uploadedBytes(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart()) return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  const part = await req.file();
  return part ? part.toBuffer() : Buffer.alloc(0);
}

/**
 * Step 3, "Ảnh chân dung 4x6" and both sides of the ID. Any content type is read as bytes; what
 * the file really is comes from its magic bytes (lib/image-sniff.ts). Over 10 MB is the
 * registration's own 413 at the photo's field, for multipart and raw bodies alike.
 */
export const registrationPhotoRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.registration.photos;
  await app.register(multipart, { limits: { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 5 } });
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES },
    (_req, body, done) => done(null, body),
  );
  const tags = ['registration'];
  const errorHandler = (err: FastifyError, req: FastifyRequest) => {
    if (!TOO_LARGE.has(err.code)) throw err;
    const kind = (req.params as { kind?: string }).kind ?? 'file';
    throw new AppError('PHOTO_TOO_LARGE', 413, [{ field: kind, code: 'PHOTO_TOO_LARGE' }]);
  };

  app.put(
    '/registrations/:id/photos/:kind',
    {
      bodyLimit: PHOTO_MAX_BYTES,
      errorHandler,
      schema: {
        tags,
        summary: 'Tải ảnh lên (multipart "file" hoặc nội dung ảnh)',
        params,
        consumes: ['multipart/form-data', 'image/jpeg', 'image/png', 'image/webp', 'image/heic'],
        response: {
          200: photoUploadedSchema,
          400: apiErrorSchema,
          404: apiErrorSchema,
          409: apiErrorSchema,
          413: apiErrorSchema,
          415: apiErrorSchema,
          422: apiErrorSchema,
          503: apiErrorSchema,
        },
      },
    },
    async (req) => {
      const bytes = await uploadedBytes(req).catch((err: FastifyError) => errorHandler(err, req));
      return svc.upload(req.params.id, draftToken(req), req.params.kind, bytes);
    },
  );

  app.get(
    '/registrations/:id/photos/:kind',
    {
      schema: {
        tags,
        summary: 'Ảnh đã tải lên (chỉ người đăng ký, khi hồ sơ chưa gửi)',
        params,
        response: {
          200: fileResponse('Ảnh JPEG', 'image/jpeg'),
          400: apiErrorSchema,
          404: apiErrorSchema,
        },
      },
    },
    async (req, reply) => {
      const bytes = await svc.file(req.params.id, draftToken(req), req.params.kind);
      return reply.headers(FILE_HEADERS(req.params.kind)).send(bytes);
    },
  );

  app.delete(
    '/registrations/:id/photos/:kind',
    {
      schema: {
        tags,
        summary: 'Xóa ảnh đã tải lên',
        params,
        response: { 200: registrationDraftSchema, 404: apiErrorSchema, 409: apiErrorSchema },
      },
    },
    async (req) => svc.remove(req.params.id, draftToken(req), req.params.kind),
  );
};
