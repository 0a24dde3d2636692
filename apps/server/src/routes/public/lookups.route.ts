// READY
import {
  agencyPageSchema,
  bhytFacilityQuerySchema,
  collectionPointPageSchema,
  directoryQuerySchema,
  employerPageSchema,
  employerQuerySchema,
  facilityPageSchema,
} from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors } from '../http.ts';

const SEARCH_NOTE =
  'Tìm không dấu, không phân biệt hoa thường; mọi từ phải có trong tên hoặc địa chỉ, nếu không có kết quả thì trả về kết quả gần đúng (match = similar). Có lat + lng ("Gần tôi") thì sắp xếp theo khoảng cách.';

/** "Tra cứu": the public directories (contracts/lookups.ts). No sign-in; a per-IP limit. */
export const lookupRoutes: FastifyPluginAsyncZod = async (app) => {
  const search = () => app.runtime.services.directorySearch;
  const tags = ['Tra cứu'];

  app.get(
    '/lookups/agencies',
    {
      schema: {
        tags,
        summary: 'Tra cứu cơ quan BHXH',
        description: SEARCH_NOTE,
        querystring: directoryQuerySchema,
        response: { 200: agencyPageSchema, ...errors(400, 429) },
      },
    },
    async (req) => search().agencies(req.query, req.ip),
  );

  app.get(
    '/lookups/sick-leave-facilities',
    {
      schema: {
        tags,
        summary: 'Tra cứu cơ sở khám chữa bệnh cấp giấy nghỉ việc hưởng BHXH',
        description: SEARCH_NOTE,
        querystring: directoryQuerySchema,
        response: { 200: facilityPageSchema, ...errors(400, 429) },
      },
    },
    async (req) => search().sickLeaveFacilities(req.query, req.ip),
  );

  app.get(
    '/lookups/bhyt-facilities',
    {
      schema: {
        tags,
        summary: 'Tra cứu cơ sở khám chữa bệnh ký hợp đồng KCB BHYT',
        description: `${SEARCH_NOTE} initialRegistration = true: chỉ nơi đăng ký KCB ban đầu.`,
        querystring: bhytFacilityQuerySchema,
        response: { 200: facilityPageSchema, ...errors(400, 429) },
      },
    },
    async (req) => search().bhytFacilities(req.query, req.ip),
  );

  app.get(
    '/lookups/employers',
    {
      schema: {
        tags,
        summary: 'Tra cứu đơn vị tham gia BHXH',
        description: `${SEARCH_NOTE} Mã đơn vị (ví dụ TA1234A) hoặc mã số thuế gõ đúng cũng tìm được đơn vị.`,
        querystring: employerQuerySchema,
        response: { 200: employerPageSchema, ...errors(400, 429) },
      },
    },
    async (req) => search().employers(req.query, req.ip),
  );

  app.get(
    '/lookups/collection-points',
    {
      schema: {
        tags,
        summary: 'Tra cứu điểm thu, đại lý thu BHXH, BHYT',
        description: SEARCH_NOTE,
        querystring: directoryQuerySchema,
        response: { 200: collectionPointPageSchema, ...errors(400, 429) },
      },
    },
    async (req) => search().collectionPoints(req.query, req.ip),
  );
};
