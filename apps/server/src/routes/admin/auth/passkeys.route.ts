import {
  passkeyIdParamSchema,
  passkeyListSchema,
  passkeyOptionsSchema,
  passkeyRegistrationSchema,
  passkeySchema,
} from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { anyStaffOnly, SESSION_SECURITY } from '../../../lib/route-guards.ts';
import { errors, noContent } from '../../http.ts';

/** Staff passkeys (a second factor instead of TOTP), under /api/admin/auth/passkeys. */
export const staffPasskeyRoutes: FastifyPluginAsyncZod = async (app) => {
  const passkeys = () => app.runtime.services.security.passkeys;
  const base = { tags: ['admin'], security: SESSION_SECURITY };
  // About the account itself: organization staff (no agency) too.
  const guard = anyStaffOnly();

  app.post(
    '/passkeys/registration-options',
    {
      schema: {
        ...base,
        summary: 'Cán bộ thêm passkey: tùy chọn WebAuthn (cần đăng nhập trong 5 phút)',
        response: { 200: passkeyOptionsSchema, ...errors(401, 403) },
      },
      preValidation: guard,
    },
    async (req) => passkeys().registrationOptions(req.auth!),
  );

  app.post(
    '/passkeys/registration',
    {
      schema: {
        ...base,
        summary: 'Cán bộ lưu passkey vừa tạo',
        body: passkeyRegistrationSchema,
        response: { 201: passkeySchema, ...errors(400, 401, 403) },
      },
      preValidation: guard,
    },
    async (req, reply) => {
      const created = await passkeys().register(req.auth!, req.body, req.headers['user-agent']);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/passkeys',
    {
      schema: {
        ...base,
        summary: 'Passkey của cán bộ',
        response: { 200: passkeyListSchema, ...errors(401, 403) },
      },
      preValidation: guard,
    },
    async (req) => passkeys().list(req.auth!),
  );

  app.delete(
    '/passkeys/:id',
    {
      schema: {
        ...base,
        summary: 'Cán bộ xóa passkey (cần đăng nhập trong 5 phút)',
        params: passkeyIdParamSchema,
        response: { 204: noContent, ...errors(401, 403, 404) },
      },
      preValidation: guard,
    },
    async (req, reply) => {
      await passkeys().remove(req.auth!, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
