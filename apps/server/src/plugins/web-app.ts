import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../lib/app-error.ts';

const NOT_BUILT = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>VssID</title>
<body style="font-family:sans-serif;padding:2rem"><h1>Ứng dụng web chưa được build</h1>
<p>Chạy <code>npm start</code> (tự build) hoặc <code>npm run build</code>, rồi tải lại trang.</p></body></html>`;

/**
 * Serves the built citizen app. Hashed assets are cached for a year; the HTML and the service
 * worker never are, so an update reaches phones on their next visit. Text files are sent as the
 * brotli or gzip copy the build made next to them (apps/web/scripts/precompress.mjs), whichever
 * the browser accepts, else as they are; `Vary: Accept-Encoding` tells caches the answer differs. Unknown non-API paths
 * get index.html (client-side routes); unknown API paths get the JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const built = existsSync(path.join(distDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      // Ours below, not send's default "public, max-age=0", which came after and won.
      cacheControl: false,
      setHeaders(res, filePath) {
        res.setHeader('vary', 'Accept-Encoding');
        const rel = path.relative(distDir, filePath);
        if (rel.startsWith(`assets${path.sep}`)) {
          res.setHeader('cache-control', 'public, max-age=31536000, immutable');
        } else {
          res.setHeader('cache-control', 'no-cache');
        }
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const p = req.url.split('?')[0] ?? '/';
    const isPage =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !p.startsWith('/api/') &&
      !p.startsWith('/dev/') &&
      !path.extname(p);
    if (!isPage) throw AppError.notFound();
    if (!built) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
