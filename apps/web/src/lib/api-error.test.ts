import { apiErrorSchema } from '@vssid/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readApiError } from './api-error.ts';

// Bodies near the real shape: right and wrong types in every slot, extra keys, arrays.
const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const fieldError = fc.record(
  {
    field: fc.oneof(fc.string(), scalar),
    code: fc.oneof(fc.string(), scalar),
    message: fc.string(),
  },
  { requiredKeys: [] },
);
const errorObject = fc.record(
  {
    code: fc.oneof(fc.string(), scalar),
    message: fc.oneof(fc.string(), scalar),
    fields: fc.oneof(fc.array(fieldError, { maxLength: 3 }), scalar),
    lockedUntil: fc.oneof(fc.string(), scalar),
    line: fc.oneof(fc.integer(), fc.double(), scalar),
    requestId: fc.oneof(fc.string(), scalar),
    other: scalar,
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  scalar,
  fc.record({ error: fc.oneof(errorObject, scalar, fc.array(scalar)) }, { requiredKeys: [] }),
  fc.array(scalar),
);

describe('readApiError (the API client without zod)', () => {
  it('accepts exactly the bodies apiErrorSchema accepts', () => {
    fc.assert(
      fc.property(body, (data) => {
        expect(readApiError(data) !== null).toBe(apiErrorSchema.safeParse(data).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the code, message, fields and request id of a real answer', () => {
    const data = {
      error: {
        code: 'VALIDATION',
        message: 'Dữ liệu chưa hợp lệ',
        fields: [{ field: 'bhxhCode', code: 'BHXH_CODE_FORMAT', message: 'Gồm 10 chữ số' }],
        requestId: 'req-1',
        lockedUntil: '2026-12-08T00:00:00.000Z',
      },
    };
    expect(readApiError(data)).toEqual(data.error);
    expect(readApiError({ error: { code: 'X' } })).toBeNull();
  });
});
