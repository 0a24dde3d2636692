import {
  addressMatchRequestSchema,
  addressMatchSchema,
  agencyListSchema,
  agencyQuerySchema,
  apiErrorSchema,
  communeListSchema,
  communeQuerySchema,
  provinceListSchema,
} from '@vssid/contracts';
import { searchKey } from '@vssid/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The pickers of the registration form: provinces, communes, address matching, agencies. */
export const adminUnitRoutes: FastifyPluginAsyncZod = async (app) => {
  const units = app.runtime.services.registration.adminUnits;
  const tags = ['registration'];

  app.get(
    '/admin-units/provinces',
    {
      schema: { tags, summary: 'Tỉnh - TP (từ 01/7/2025)', response: { 200: provinceListSchema } },
    },
    async () => ({ items: await units.provinces() }),
  );

  app.get(
    '/admin-units/communes',
    {
      schema: {
        tags,
        summary: 'Phường - Xã, tìm không dấu ở bất kỳ vị trí nào trong tên',
        querystring: communeQuerySchema,
        response: { 200: communeListSchema, 400: apiErrorSchema },
      },
    },
    async (req) => ({ items: await units.communes(req.query) }),
  );

  app.post(
    '/admin-units/match',
    {
      schema: {
        tags,
        summary: 'Tìm tỉnh và phường/xã từ địa chỉ (kể cả địa chỉ cũ trước 2025)',
        body: addressMatchRequestSchema,
        response: { 200: addressMatchSchema, 400: apiErrorSchema },
      },
    },
    async (req) => units.match(req.body.address),
  );

  app.get(
    '/agencies',
    {
      schema: {
        tags,
        summary: 'Cơ quan BHXH tiếp nhận (cơ quan của tỉnh đã chọn đứng đầu)',
        querystring: agencyQuerySchema,
        response: { 200: agencyListSchema, 400: apiErrorSchema },
      },
    },
    async (req) => {
      const rows = await app.runtime.services.registration.agencies.list({
        key: req.query.q ? searchKey(req.query.q) : undefined,
        provinceCode: req.query.provinceCode,
      });
      return {
        items: rows.map((a) => ({
          id: a.id,
          code: a.code,
          name: a.name,
          phone: a.phone,
          address: a.address,
          provinceCode: a.provinceCode,
        })),
      };
    },
  );
};
