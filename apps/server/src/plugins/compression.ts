import { constants } from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * API answers above 1 KB go out compressed: brotli at quality 4 (near gzip's speed, smaller
 * than it) when the browser takes it, gzip at level 6 otherwise. Only compressible types are
 * touched (mime-db): PDF, PNG and JPEG pass as they are. The built web app is compressed once
 * at build time instead (plugins/web-app.ts), and a response that already carries a
 * Content-Encoding is left alone.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: 4,
      },
    },
    zlibOptions: { level: 6 },
  });
}
