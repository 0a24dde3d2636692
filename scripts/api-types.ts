import { writeFileSync } from 'node:fs';
import { createTestApp } from '../apps/server/test/helpers.ts';
import {
  OPENAPI_TYPES_FILE,
  openapiTypes,
  servedDocument,
} from '../apps/server/test/support/openapi-document.ts';

/**
 * `npm run api:types`: builds the app in-process (in-memory PGlite, no server listening), reads
 * its OpenAPI document and writes the openapi-typescript types next to the contracts.
 * `npm run api:types -- --document x.json` also writes the document itself (for
 * `npx @redocly/cli lint x.json`, which reads redocly.yaml).
 */
const at = process.argv.indexOf('--document');
const documentFile = at > 0 ? process.argv[at + 1] : undefined;
const t = await createTestApp({ workers: false });
try {
  const doc = await servedDocument(t);
  writeFileSync(OPENAPI_TYPES_FILE, await openapiTypes(doc));
  console.log(`wrote ${OPENAPI_TYPES_FILE}`);
  if (documentFile) {
    writeFileSync(documentFile, `${JSON.stringify(doc, null, 2)}\n`);
    console.log(`wrote ${documentFile}`);
  }
} finally {
  await t.close();
}
