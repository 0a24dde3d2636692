import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from 'openapi-typescript';
import type { TestApp } from '../helpers.ts';

/** The committed client types (`npm run api:types` writes them; openapi-client.test.ts checks). */
export const OPENAPI_TYPES_FILE = fileURLToPath(
  new URL('../../../../packages/contracts/src/openapi.gen.ts', import.meta.url),
);

/** The document exactly as the app serves it at /api/docs/json. */
export async function servedDocument(t: TestApp): Promise<OpenAPI3> {
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  if (res.statusCode !== 200) throw new Error(`/api/docs/json answered ${res.statusCode}`);
  return res.json() as OpenAPI3;
}

/** The TypeScript types of the document (openapi-typescript), as committed. */
export async function openapiTypes(doc: OpenAPI3): Promise<string> {
  const ast = await openapiTS(structuredClone(doc), { silent: true });
  const header =
    '// Generated from the OpenAPI document served at /api/docs/json: do not edit by hand.\n' +
    '// Regenerate with `npm run api:types` (openapi-client.test.ts fails while this is stale).\n';
  return `${header}${COMMENT_HEADER}${astToString(ast)}`;
}
