import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type RouteSchema = Record<string, unknown> & { response?: Record<string, unknown> };

const words = (s: string) => s.split(/[^A-Za-z0-9]+/).filter(Boolean);
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * The operation's id when its schema names none: method + path in camelCase, `/api` dropped and
 * each parameter as `By<Name>` (`GET /api/admin/imports/jobs/:id/report.csv` →
 * `getAdminImportsJobsByIdReportCsv`). It changes only when the URL does, which breaks callers
 * anyway; the lint test fails on a duplicate.
 */
export function operationIdOf(method: string, url: string): string {
  const parts = url
    .split('/')
    .filter(Boolean)
    .filter((s, i) => !(i === 0 && s === 'api'))
    .flatMap((s) => (s.startsWith(':') ? ['by', ...words(s.slice(1))] : words(s)));
  return [method.toLowerCase(), ...parts.map(capital)].join('');
}

const isZod = (s: unknown) => typeof s === 'object' && s !== null && '_zod' in s;

/** What an error status means here; the body's `code` says exactly what happened. */
const ERROR_MEANING: Record<string, string> = {
  400: 'Dữ liệu gửi lên không hợp lệ (fields chỉ ra trường nào)',
  401: 'Chưa đăng nhập, phiên đã hết, hoặc thông tin đăng nhập sai',
  403: 'Không có quyền, thiếu mã CSRF, hoặc phải đổi mật khẩu trước',
  404: 'Không tìm thấy (hoặc không thuộc phạm vi của người hỏi)',
  409: 'Xung đột với trạng thái hiện tại',
  413: 'Tệp hoặc nội dung quá lớn',
  415: 'Kiểu nội dung không được hỗ trợ',
  422: 'Nội dung không xử lý được',
  423: 'Tài khoản đang tạm khóa (lockedUntil)',
  429: 'Quá nhiều yêu cầu, thử lại sau (Retry-After)',
  503: 'Tạm thời không phục vụ được, thử lại sau (Retry-After)',
};

/**
 * fastify-type-provider-zod's transform, plus: a generated operationId, and response entries
 * that are not zod schemas (files: routes/http.ts `fileResponse`) passed through as written.
 */
function transform(input: TransformInput) {
  const schema = input.schema as RouteSchema | undefined;
  if (!schema) return jsonSchemaTransform(input);
  const files = Object.entries(schema.response ?? {}).filter(([, s]) => !isZod(s));
  const zodOnly = schema.response
    ? {
        ...schema,
        response: Object.fromEntries(Object.entries(schema.response).filter(([, s]) => isZod(s))),
      }
    : schema;
  const out = jsonSchemaTransform({ ...input, schema: zodOnly } as TransformInput);
  if (out.schema.hide) return out;
  const method = [input.route.method].flat()[0] ?? 'GET';
  const doc = out.schema as RouteSchema;
  doc.operationId ??= operationIdOf(method, input.url);
  for (const [status, entry] of Object.entries(doc.response ?? {})) {
    const e = entry as Record<string, unknown>;
    if (e.$ref === '#/components/schemas/ApiError' && ERROR_MEANING[status])
      e.description = ERROR_MEANING[status];
  }
  if (files.length > 0) doc.response = { ...Object.fromEntries(files), ...doc.response };
  return out;
}

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
      // Same origin as the document: the web app and the API are served together.
      servers: [{ url: '/', description: 'Máy chủ phục vụ tài liệu này' }],
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
    transform,
    transformObject: (input) => {
      const doc = jsonSchemaTransformObject(input) as {
        paths?: unknown;
        components?: { schemas?: Record<string, unknown> };
      };
      // Named zod schemas (`.meta({ id })`, e.g. ApiError) become components; only their output
      // shapes are referenced (by responses), so the unreferenced `…Input` twins are dropped.
      // Their `$id` and `$schema` go too: the document's own dialect applies.
      const used = JSON.stringify(doc);
      const schemas = (doc.components?.schemas ?? {}) as Record<string, Record<string, unknown>>;
      for (const [name, schema] of Object.entries(schemas)) {
        delete schema.$id;
        delete schema.$schema;
        if (!used.includes(`"$ref":"#/components/schemas/${name}"`)) delete schemas[name];
      }
      return doc as ReturnType<typeof jsonSchemaTransformObject>;
    },
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
