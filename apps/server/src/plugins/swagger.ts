import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

const SWAGGER_UI_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

/** OpenAPI 3.1 generated from the routes' zod schemas: UI at /api/docs, JSON at /api/docs/json. */
export async function registerSwagger(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'VssID – Bảo hiểm xã hội số API',
        description:
          'API của ứng dụng VssID. Lỗi luôn có dạng { error: { code, message, fields?, requestId } }; message theo Accept-Language (vi mặc định, en).',
        version: '0.1.0',
      },
      tags: [
        { name: 'system', description: 'Tình trạng hệ thống' },
        { name: 'help', description: 'Trợ giúp' },
        { name: 'auth', description: 'Công dân: đăng nhập, mật khẩu, vân tay, phiên đăng nhập' },
        { name: 'admin', description: 'Cán bộ: đăng nhập hai bước, nhật ký, tài khoản cán bộ' },
      ],
      components: {
        // Each operation's `security` follows its guard (plugins/session.ts): one of the two
        // session cookies (without the __Host- prefix outside production), plus the CSRF header
        // on anything but GET; `[]` is public.
        securitySchemes: {
          citizenSession: {
            type: 'apiKey',
            in: 'cookie',
            name: '__Host-vssid_session',
            description: 'Phiên công dân (POST /api/auth/login)',
          },
          staffSession: {
            type: 'apiKey',
            in: 'cookie',
            name: '__Host-vssid_staff',
            description:
              'Phiên cán bộ, chỉ gửi tới /api/admin (POST /api/admin/auth/login, rồi TOTP)',
          },
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: 'x-csrf-token',
            description: 'csrfToken của phiên, bắt buộc với mọi yêu cầu thay đổi dữ liệu',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // swagger-ui's own policy for its pages, tightened to ours (no framing, no http→https
    // upgrade, nothing from other hosts) plus the one <style> its bundle injects, by hash
    // (checked in Chromium; a new swagger-ui version may need a new hash).
    staticCSP: true,
    transformStaticCSP: (header) =>
      header
        .replace(" frame-ancestors 'self';", " frame-ancestors 'none';")
        .replaceAll(' https:', '')
        .replace(' validator.swagger.io', '')
        .replace(' upgrade-insecure-requests;', '')
        .replace("style-src 'self'", `style-src 'self' ${SWAGGER_UI_STYLE}`),
  });
}
