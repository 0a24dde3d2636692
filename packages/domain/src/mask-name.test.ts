import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASK_CHAR, maskName } from './mask-name.ts';
import { vietnameseName } from './test-support/vietnamese.ts';

const letters = (s: string) =>
  Array.from(new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(s), (x) => x.segment);

describe('maskName', () => {
  it('keeps the family name and one letter of every other word', () => {
    expect(maskName('Nguyễn Văn An')).toBe('Nguyễn V•• A•');
    expect(maskName('Nguyễn Thị Thu Hà')).toBe('Nguyễn T•• T•• H•');
    expect(maskName('Đặng Ánh')).toBe('Đặng Á••');
    expect(maskName('  Lê   Ý  ')).toBe('Lê Ý');
    expect(maskName('Lê')).toBe('Lê');
    expect(maskName('')).toBe('');
  });

  it('counts letters, not bytes or combining marks', () => {
    // "Nguyệt" typed with combining marks (NFD) has more code points but six letters.
    const nfd = 'Trần Nguyệt'.normalize('NFD');
    expect(maskName(nfd)).toBe('Trần N•••••');
    expect(maskName(nfd)).toBe(maskName(nfd).normalize('NFC'));
    expect(maskName('Hồ Ưng').startsWith('Hồ Ư')).toBe(true);
  });

  it('keeps the word count and each word length; family name whole; first letters kept (property)', () => {
    fc.assert(
      fc.property(vietnameseName, fc.boolean(), (name, decomposed) => {
        const typed = decomposed ? name.normalize('NFD') : name;
        const masked = maskName(typed);
        const words = name.normalize('NFC').split(' ');
        const out = masked.split(' ');
        expect(out).toHaveLength(words.length);
        expect(out[0]).toBe(words[0]);
        for (let i = 1; i < words.length; i++) {
          const w = letters(words[i]!);
          const m = letters(out[i]!);
          expect(m).toHaveLength(w.length);
          expect(m[0]).toBe(w[0]);
          expect(m.slice(1).every((c) => c === MASK_CHAR)).toBe(true);
        }
      }),
    );
  });

  it('never reveals more than the first letter of a given name (property)', () => {
    fc.assert(
      fc.property(vietnameseName, (name) => {
        const given = name.split(' ').slice(1).join(' ');
        const shown = maskName(name).split(' ').slice(1).join('').replaceAll(MASK_CHAR, '');
        expect(letters(shown)).toHaveLength(given === '' ? 0 : given.split(' ').length);
      }),
    );
  });
});
