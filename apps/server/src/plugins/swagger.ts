import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

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
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}
