import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers.ts';
import { citizenInScopeSql, mayAccessCitizen } from './data-scope.policy.ts';

/**
 * The import merge decides scope in SQL (citizenInScopeSql); every other write decides it with
 * mayAccessCitizen. One rule in two spellings: they must agree on every pair of provinces,
 * including a person or an agency without one.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: { adminUnits: false, demo: false } });
});
afterAll(async () => t?.close());

describe('citizenInScopeSql', () => {
  const provinces = [null, '01', '31', '79'];
  it('answers exactly as mayAccessCitizen, never null', async () => {
    for (const person of provinces)
      for (const agency of provinces) {
        const { rows } = await t.runtime.database.executeSql(
          `select ${citizenInScopeSql('$1::text', '$2::text')} as ok`,
          [person, agency],
        );
        expect(rows[0]!.ok, `person ${person}, agency ${agency}`).toBe(
          mayAccessCitizen({ agencyProvince: agency }, person),
        );
      }
  });
});
