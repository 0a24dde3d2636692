import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateIdNumber } from './id-number.ts';
import { DOMAIN_MESSAGES } from './messages.ts';

describe('validateIdNumber', () => {
  it('recognises each kind', () => {
    expect(validateIdNumber('001090012345')).toStrictEqual({
      ok: true,
      value: { kind: 'cccd', number: '001090012345' },
    });
    expect(validateIdNumber(' 123456789')).toStrictEqual({
      ok: true,
      value: { kind: 'cmnd', number: '123456789' },
    });
    expect(validateIdNumber('c1234567')).toStrictEqual({
      ok: true,
      value: { kind: 'passport', number: 'C1234567' },
    });
  });

  it('reports an impossible CCCD with its own code, other shapes as invalid', () => {
    expect(validateIdNumber('003090012345')).toStrictEqual({
      ok: false,
      error: 'CCCD_PROVINCE_UNKNOWN',
    });
    expect(validateIdNumber('')).toStrictEqual({ ok: false, error: 'ID_NUMBER_REQUIRED' });
    for (const bad of ['12345678', '1234567890', '12345678901', 'AB1234567', '0010900123456']) {
      expect(validateIdNumber(bad)).toStrictEqual({ ok: false, error: 'ID_NUMBER_INVALID' });
    }
  });

  it('never accepts a number of another length (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,20}$/), (s) => {
        const r = validateIdNumber(s);
        if (r.ok) expect([9, 12]).toContain(s.length);
        else expect(DOMAIN_MESSAGES[r.error]).toBeDefined();
      }),
    );
  });
});
