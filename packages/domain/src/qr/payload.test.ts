import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertPlainField, stripQrPayload } from './payload.ts';

describe('stripQrPayload', () => {
  it('drops NUL padding and surrounding whitespace only', () => {
    expect(stripQrPayload('\n a| b|$\u0000\u0000 ')).toBe('a| b|$');
    expect(stripQrPayload('a\u0000b')).toBe('a\u0000b');
    expect(stripQrPayload('\u0000')).toBe('');
  });

  it('is idempotent and never changes the inside (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const t = stripQrPayload(s);
        expect(stripQrPayload(t)).toBe(t);
        expect(s).toContain(t);
        expect(stripQrPayload(`\u0000 ${s} \u0000`)).toBe(t);
      }),
    );
  });
});

describe('assertPlainField', () => {
  it('passes text through and refuses the separator', () => {
    expect(assertPlainField('x', 'a$b')).toBe('a$b');
    expect(() => assertPlainField('x', 'a|b')).toThrow(RangeError);
  });
});
