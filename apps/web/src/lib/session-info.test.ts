import { sessionInfoSchema } from '@vssid/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSessionInfo } from './session-info.ts';

const shape = sessionInfoSchema.shape;
const account = shape.account.shape;
const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
// Every value the schema allows, plus near misses, in every slot.
const pick = (values: readonly string[]) => fc.oneof(fc.constantFrom(...values), junk);
const nullableString = fc.oneof(fc.string(), fc.constant(null), junk);

const accountArb = fc.record(
  {
    id: fc.oneof(fc.string(), junk),
    kind: pick([...account.kind.options, 'organization']),
    role: pick([...account.role.options, 'root']),
    displayName: fc.oneof(fc.string(), junk),
    bhxhCode: nullableString,
    agencyId: nullableString,
    maskedEmail: nullableString,
    extra: junk,
  },
  { requiredKeys: ['id', 'kind', 'role', 'displayName', 'bhxhCode', 'agencyId', 'maskedEmail'] },
);
const body = fc.oneof(
  junk,
  fc.record(
    {
      account: fc.oneof(accountArb, junk),
      mustChangePassword: fc.oneof(fc.boolean(), junk),
      stage: pick([...shape.stage.options, 'none']),
      csrfToken: fc.oneof(fc.string(), junk),
      secondFactors: fc.oneof(
        fc.array(pick([...shape.secondFactors.unwrap().element.options, 'sms']), { maxLength: 3 }),
        junk,
      ),
    },
    { requiredKeys: ['account', 'mustChangePassword', 'stage', 'csrfToken'] },
  ),
);

describe('readSessionInfo (the session check without zod)', () => {
  it('accepts exactly what sessionInfoSchema accepts, and returns what it returns', () => {
    fc.assert(
      fc.property(body, (data) => {
        const parsed = sessionInfoSchema.safeParse(data);
        const read = readSessionInfo(data);
        expect(read !== null).toBe(parsed.success);
        if (parsed.success) expect(read).toStrictEqual(parsed.data);
      }),
      { numRuns: 3000 },
    );
  });
});
