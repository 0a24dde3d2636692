import { staffAccountListSchema } from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SESSION_SECURITY, staffOnly } from '../../lib/route-guards.ts';
import { STAFF_MANAGERS } from '../../policies/staff.policy.ts';
import { errors } from '../http.ts';

/** GET /api/admin/officers: an administrator's view of their agency's staff accounts. */
export const officerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/officers',
    {
      schema: {
        tags: ['admin'],
        summary: 'Tài khoản cán bộ của cơ quan (quản trị viên)',
        security: SESSION_SECURITY,
        response: { 200: staffAccountListSchema, ...errors(401, 403) },
      },
      preValidation: staffOnly(STAFF_MANAGERS),
    },
    async (req) => app.runtime.services.security.staffDirectory.list(req.auth!),
  );
};
