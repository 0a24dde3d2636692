import { fileURLToPath } from 'node:url';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.ts';
import { servedDocument } from './support/openapi-document.ts';

/**
 * The served OpenAPI document passes Redocly's recommended rules (redocly.yaml at the repository
 * root): no error, and no warning but the ones redocly.yaml justifies.
 */
const CONFIG = fileURLToPath(new URL('../../../redocly.yaml', import.meta.url));
/** Operations that cannot answer any 4xx (no input, no session, nothing to look up). */
const JUSTIFIED_WARNINGS = [
  'operation-4xx-response #/paths/~1api~1health/get/responses',
  'operation-4xx-response #/paths/~1api~1admin-units~1provinces/get/responses',
  'operation-4xx-response #/paths/~1api~1auth~1session/get/responses',
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ workers: false });
});
afterAll(async () => t?.close());

describe('GET /api/docs/json', () => {
  it('passes the recommended lint rules: no error, only the justified warnings', async () => {
    const doc = await servedDocument(t);
    const problems = await lintFromString({
      source: JSON.stringify(doc, null, 2),
      absoluteRef: '/api/docs/json',
      config: await loadConfig({ configPath: CONFIG }),
    });
    const shown = (severity: string) =>
      problems
        .filter((p) => p.severity === severity)
        .map(
          (p) =>
            `${p.ruleId} ${p.location[0]?.pointer ?? ''}${severity === 'error' ? `: ${p.message}` : ''}`,
        );
    expect(shown('error')).toEqual([]);
    expect(shown('warn').sort()).toEqual([...JUSTIFIED_WARNINGS].sort());
  });

  it('names every operation with a unique camelCase operationId and declares its security', async () => {
    const doc = await servedDocument(t);
    const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { operationId?: string; security?: unknown[] }>)
        .filter(([m]) => ['get', 'put', 'post', 'delete', 'patch'].includes(m))
        .map(([method, op]) => ({ key: `${method} ${path}`, ...op })),
    );
    expect(ops.length).toBeGreaterThan(70);
    expect(
      ops.filter((o) => !/^[a-z][A-Za-z0-9]*$/.test(o.operationId ?? '')).map((o) => o.key),
    ).toEqual([]);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    expect(ops.filter((o) => !Array.isArray(o.security)).map((o) => o.key)).toEqual([]);
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });
});
