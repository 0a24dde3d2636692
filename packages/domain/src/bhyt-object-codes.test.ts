import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BHYT_OBJECT_CODE_LABELS,
  BHYT_OBJECT_CODES,
  isBhytObjectCode,
} from './bhyt-object-codes.ts';

describe('BHYT object codes', () => {
  it('lists 47 distinct two-letter codes, each with a label entry', () => {
    expect(BHYT_OBJECT_CODES).toHaveLength(47);
    expect(new Set(BHYT_OBJECT_CODES).size).toBe(47);
    for (const code of BHYT_OBJECT_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(Object.keys(BHYT_OBJECT_CODE_LABELS).sort()).toStrictEqual(
      [...BHYT_OBJECT_CODES].sort(),
    );
    expect(BHYT_OBJECT_CODE_LABELS.GD).toBe('Người tham gia bảo hiểm y tế theo hộ gia đình');
    expect(BHYT_OBJECT_CODE_LABELS.TE).toBe('Trẻ em dưới 6 tuổi');
  });

  it('recognises listed codes only, case-sensitively', () => {
    for (const code of ['DN', 'GD', 'ND', 'TE']) expect(isBhytObjectCode(code)).toBe(true);
    for (const code of ['dn', 'ZZ', 'D', 'DNN', '', 'toString'])
      expect(isBhytObjectCode(code)).toBe(false);
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), (s) => {
        expect(isBhytObjectCode(s)).toBe((BHYT_OBJECT_CODES as readonly string[]).includes(s));
      }),
    );
  });
});
