import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchKey } from './search-key.ts';
import { VIETNAMESE_LOWER, VIETNAMESE_UPPER, vietnameseName } from './test-support/vietnamese.ts';

describe('searchKey', () => {
  it('gives one key for any spelling of a place', () => {
    for (const s of ['ha noi', 'Hà Nội', 'HA NOI', '  Hà   Nội ', 'Ha\tNoi', 'HÀ NỘI']) {
      expect(searchKey(s)).toBe('ha noi');
    }
    expect(searchKey('Đặng Đức')).toBe('dang duc');
    expect(searchKey('Thừa Thiên Huế')).toBe('thua thien hue');
    expect(searchKey('Hà Nội'.normalize('NFD'))).toBe('ha noi');
  });

  it('keeps what is not a diacritic', () => {
    expect(searchKey('Hà Nội')).not.toBe(searchKey('Hà Nam'));
    expect(searchKey('Quận 1, TP.HCM')).toBe('quan 1, tp.hcm');
    expect(searchKey('')).toBe('');
  });

  it('maps every Vietnamese letter to one ASCII letter', () => {
    const lower = [...searchKey(VIETNAMESE_LOWER)];
    expect(lower).toHaveLength([...VIETNAMESE_LOWER].length);
    expect(searchKey(VIETNAMESE_UPPER)).toBe(lower.join(''));
    expect(new Set(lower)).toStrictEqual(new Set('abcdeghiklmnopqrstuvxy'));
  });

  it('gives ASCII for Vietnamese text, ignoring case and composition (property)', () => {
    fc.assert(
      fc.property(vietnameseName, (name) => {
        const key = searchKey(name);
        expect(key).toMatch(/^[\x20-\x7e]*$/);
        expect(searchKey(name.toUpperCase())).toBe(key);
        expect(searchKey(name.normalize('NFD'))).toBe(key);
      }),
    );
  });

  it('is idempotent on any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const key = searchKey(s);
        expect(searchKey(key)).toBe(key);
        expect(key).toBe(key.trim());
        expect(key).not.toMatch(/\s\s/);
      }),
    );
  });
});
