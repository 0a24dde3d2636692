import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesMatch, normalizeName } from './names.ts';
import { vietnameseName } from './test-support/vietnamese.ts';

describe('normalizeName', () => {
  it('trims, collapses spaces and composes diacritics', () => {
    expect(normalizeName('  Nguyễn   Văn\tAn ')).toBe('Nguyễn Văn An');
    const decomposed = 'Nguyễn'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn');
    expect(normalizeName(decomposed)).toBe('Nguyễn');
    expect(normalizeName('nguyễn văn an')).toBe('nguyễn văn an');
  });

  it('is idempotent and leaves no double spaces (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const n = normalizeName(s);
        expect(normalizeName(n)).toBe(n);
        expect(n).not.toMatch(/\s\s|^\s|\s$/);
      }),
    );
  });
});

describe('namesMatch', () => {
  it('ignores case, diacritics and spacing but not letters', () => {
    expect(namesMatch('Nguyễn Văn An', 'NGUYEN VAN AN')).toBe(true);
    expect(namesMatch('Nguyễn Văn An', ' nguyen  van   an ')).toBe(true);
    expect(namesMatch('Đặng Thị Hà', 'dang thi ha')).toBe(true);
    expect(namesMatch('Nguyễn Văn An', 'Nguyễn Văn Anh')).toBe(false);
    expect(namesMatch('Nguyễn Văn An', 'Nguyễn An')).toBe(false);
    expect(namesMatch('', '')).toBe(false);
    expect(namesMatch('  ', ' ')).toBe(false);
  });

  it('matches any name with its stripped, re-cased spelling (property)', () => {
    const stripped = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
    fc.assert(
      fc.property(vietnameseName, (name) => {
        expect(namesMatch(name, stripped(name).toUpperCase())).toBe(true);
        expect(namesMatch(name, `${name} X`)).toBe(false);
      }),
    );
  });
});
