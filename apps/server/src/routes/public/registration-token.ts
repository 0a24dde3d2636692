import { DRAFT_TOKEN_HEADER } from '@vssid/contracts';
import type { FastifyRequest } from 'fastify';

/** The draft token the browser sends in `x-draft-token`. */
export function draftToken(req: FastifyRequest): string | undefined {
  const v = req.headers[DRAFT_TOKEN_HEADER];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Headers of every photo download: never rendered inline, never sniffed, never cached. */
export const FILE_HEADERS = (kind: string) => ({
  'content-type': 'image/jpeg',
  'content-disposition': `attachment; filename="${kind}.jpg"`,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
});
