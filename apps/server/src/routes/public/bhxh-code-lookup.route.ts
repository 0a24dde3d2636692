import {
  apiErrorSchema,
  bhxhCodeLookupRequestSchema,
  bhxhCodeLookupResultSchema,
  powChallengeSchema,
} from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/**
 * "Tra cứu mã số BHXH" (contracts/lookups.ts): no sign-in; a few free lookups per address, then
 * a proof-of-work challenge for each, with hourly and daily ceilings.
 */
export const bhxhCodeLookupRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['lookups'];

  app.post(
    '/lookups/bhxh-code/challenge',
    {
      schema: {
        tags,
        summary: 'Thử thách chống dò quét (proof of work) cho tra cứu mã số BHXH',
        description:
          'Tìm nonce (chuỗi số thập phân) sao cho SHA-256(salt + ":" + nonce) bắt đầu bằng `difficulty` bit 0. Dùng một lần, hết hạn sau 5 phút, gắn với địa chỉ IP đã yêu cầu.',
        response: { 200: powChallengeSchema, 429: apiErrorSchema },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return app.runtime.services.bhxhCodeLookup.issueChallenge(req.ip);
    },
  );

  app.post(
    '/lookups/bhxh-code',
    {
      schema: {
        tags,
        summary: 'Tra cứu mã số BHXH theo tỉnh, họ tên, ngày sinh (và số CCCD/CMND)',
        description:
          'Trả về mã số của đúng một người (tên đã che một phần), hoặc not_found / ambiguous; không bao giờ trả danh sách. Sau vài lần miễn phí mỗi giờ: 428 CHALLENGE_REQUIRED, gửi lại kèm `challenge` đã giải.',
        body: bhxhCodeLookupRequestSchema,
        response: {
          200: bhxhCodeLookupResultSchema,
          400: apiErrorSchema,
          428: apiErrorSchema,
          429: apiErrorSchema,
        },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return app.runtime.services.bhxhCodeLookup.lookup(req.body, req.ip);
    },
  );
};
