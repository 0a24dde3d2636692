import {
  apiErrorSchema,
  benefitListSchema,
  benefitQuerySchema,
  cardAnswerSchema,
  exportQuerySchema,
  medicalVisitsSchema,
  participationSchema,
  recordsSummarySchema,
  schemeQuerySchema,
} from '@vssid/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireCitizen } from '../../lib/guards.ts';
import { citizenOnly, SESSION_SECURITY } from '../../lib/route-guards.ts';
import { fileResponse } from '../http.ts';

const errors = { 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

/** A download: attachment, never sniffed, never cached by shared caches (personal data). */
function download(reply: FastifyReply, f: { body: string | Buffer; type: string; file: string }) {
  return reply
    .headers({
      'content-type': f.type,
      'content-disposition': `attachment; filename="${f.file}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    })
    .send(f.body);
}

/** "QL cá nhân" (contracts/records.ts): the signed-in citizen's own records only. */
export const citizenRecordsRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.records;
  const exports = app.runtime.services.recordsExport;
  const tags = ['records'];
  const base = { tags, security: SESSION_SECURITY };
  const preValidation = citizenOnly();

  app.get(
    '/me/summary',
    {
      preValidation,
      schema: {
        ...base,
        summary: 'Thẻ + tổng thời gian tham gia',
        response: { 200: recordsSummarySchema, ...errors },
      },
    },
    async (req) => svc.summary(requireCitizen(req)),
  );
  app.get(
    '/me/card',
    {
      preValidation,
      schema: { ...base, summary: 'Thẻ BHYT', response: { 200: cardAnswerSchema, ...errors } },
    },
    async (req) => svc.cardAnswer(requireCitizen(req)),
  );
  for (const format of ['png', 'pdf'] as const)
    app.get(
      `/me/card.${format}`,
      {
        preValidation,
        schema: {
          ...base,
          summary: `Tải thẻ BHYT (${format.toUpperCase()})`,
          response: {
            200: fileResponse(
              `Thẻ BHYT (${format.toUpperCase()})`,
              format === 'png' ? 'image/png' : 'application/pdf',
            ),
            ...errors,
          },
        },
      },
      async (req, reply) => download(reply, await exports.card(requireCitizen(req), format)),
    );
  app.get(
    '/me/participation',
    {
      preValidation,
      schema: {
        ...base,
        summary: 'Quá trình tham gia',
        querystring: schemeQuerySchema,
        response: { 200: participationSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (req) => svc.participation(requireCitizen(req), req.query.scheme),
  );
  app.get(
    '/me/participation/export',
    {
      preValidation,
      schema: {
        ...base,
        summary: 'Tải về quá trình tham gia (CSV, PDF)',
        querystring: exportQuerySchema,
        response: {
          200: fileResponse('Quá trình tham gia', 'text/csv', 'application/pdf'),
          400: apiErrorSchema,
          ...errors,
        },
      },
    },
    async (req, reply) =>
      download(
        reply,
        await exports.participation(requireCitizen(req), req.query.scheme, req.query.format),
      ),
  );
  app.get(
    '/me/benefits',
    {
      preValidation,
      schema: {
        ...base,
        summary: 'Thông tin hưởng',
        querystring: benefitQuerySchema,
        response: { 200: benefitListSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (req) => svc.benefits(requireCitizen(req), req.query.category),
  );
  app.get(
    '/me/medical-visits',
    {
      preValidation,
      schema: {
        ...base,
        summary: 'Sổ khám chữa bệnh',
        response: { 200: medicalVisitsSchema, ...errors },
      },
    },
    async (req) => svc.visits(requireCitizen(req)),
  );
};
