import { apiErrorSchema, citizenParamSchema, citizenRecordsSchema } from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../../lib/guards.ts';
import { SESSION_SECURITY, staffOnly } from '../../lib/route-guards.ts';

/** An officer looks at one citizen's records (own agency's province only; audited). */
export const adminCitizenRecordsRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.records;
  app.get(
    '/citizens/:bhxhCode/records',
    {
      preValidation: staffOnly(),
      schema: {
        tags: ['back office'],
        security: SESSION_SECURITY,
        summary: 'Hồ sơ bảo hiểm của một người tham gia (ghi nhật ký truy cập)',
        params: citizenParamSchema,
        response: {
          200: citizenRecordsSchema,
          401: apiErrorSchema,
          403: apiErrorSchema,
          404: apiErrorSchema,
        },
      },
    },
    async (req) => svc.forOfficer(requireStaff(req), req.params.bhxhCode),
  );
};
