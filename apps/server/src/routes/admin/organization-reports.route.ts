import { apiErrorSchema, rosterStudentQuerySchema } from '@vssid/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgStaffOnly, SESSION_SECURITY } from '../../lib/route-guards.ts';
import { fileResponse } from '../http.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The organization's Excel export and leadership report (under /api/admin/org). */
export const organizationReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const svc = app.runtime.services.organizationReports;
  const tags = ['organization'];
  const preValidation = orgStaffOnly();
  const drive = z.object({ id: z.uuid() });
  const errors = {
    400: apiErrorSchema,
    401: apiErrorSchema,
    403: apiErrorSchema,
    404: apiErrorSchema,
  };
  const download = (name: string, type: string) => ({
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
    'x-content-type-options': 'nosniff',
  });

  app.get(
    '/drives/:id/students.xlsx',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Xuất danh sách sinh viên và trạng thái (Excel .xlsx)',
        params: drive,
        querystring: rosterStudentQuerySchema.omit({ page: true }),
        response: { 200: fileResponse('Danh sách sinh viên (Excel)', XLSX), ...errors },
      },
    },
    async (req, reply) => {
      const xlsx = await svc.studentsXlsx(req.auth!, req.params.id, req.query);
      return reply.headers(download(`dot-dang-ky-${req.params.id}.xlsx`, XLSX)).send(xlsx);
    },
  );
  app.get(
    '/drives/:id/report.pdf',
    {
      preValidation,
      schema: {
        tags,
        security: SESSION_SECURITY,
        summary: 'Báo cáo một trang cho lãnh đạo: tỉ lệ, số ngày còn lại, bảng theo khoa (PDF)',
        params: drive,
        response: { 200: fileResponse('Báo cáo tiến độ (PDF)', 'application/pdf'), ...errors },
      },
    },
    async (req, reply) => {
      const pdf = await svc.reportPdf(req.auth!, req.params.id);
      return reply.headers(download(`bao-cao-${req.params.id}.pdf`, 'application/pdf')).send(pdf);
    },
  );
};
