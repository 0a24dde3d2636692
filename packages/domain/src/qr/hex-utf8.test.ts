import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexToUtf8, utf8ToHex } from './hex-utf8.ts';

describe('UTF-8 hex codec', () => {
  it('encodes Vietnamese text as the BHYT cards do', () => {
    expect(utf8ToHex('Nguyễn Văn An')).toBe('4e677579e1bb856e2056c4836e20416e');
    expect(utf8ToHex('')).toBe('');
    expect(utf8ToHex("~!*()'")).toBe('7e212a2829' + '27');
    expect(utf8ToHex('😀')).toBe('f09f9880');
    expect(utf8ToHex('\uD800x')).toBe('efbfbd78');
  });

  it('decodes either case and refuses broken input', () => {
    expect(hexToUtf8('4e677579e1bb856e2056c4836e20416e')).toBe('Nguyễn Văn An');
    expect(hexToUtf8('4E677579E1BB856E2056C4836E20416E')).toBe('Nguyễn Văn An');
    expect(hexToUtf8('')).toBe('');
    for (const bad of ['4', '4g', 'zz', '-', 'c3', 'c0af', 'eda080', 'f4908080', 'ff', '80']) {
      expect(hexToUtf8(bad)).toBeUndefined();
    }
  });

  it('round-trips any well-formed text, always as lower-case pairs (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const hex = utf8ToHex(s);
        expect(hex).toMatch(/^([0-9a-f]{2})*$/);
        expect(hexToUtf8(hex)).toBe(s);
        expect(hexToUtf8(hex.toUpperCase())).toBe(s);
      }),
    );
  });
});
