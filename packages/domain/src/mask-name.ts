/** The character drawn in place of each hidden letter. */
export const MASK_CHAR = '•';

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('vi', { granularity: 'grapheme' })
    : null;

/** Letters as a reader counts them: grapheme clusters of the NFC form ("Ễ" is one, whatever its bytes). */
function graphemes(word: string): string[] {
  return segmenter ? Array.from(segmenter.segment(word), (s) => s.segment) : Array.from(word);
}

/**
 * A name partly hidden, as the public BHXH-code lookup shows it: the family name (first word)
 * whole, every other word its first letter then one "•" per remaining letter, so the person
 * recognises their own name without the page giving a stranger's away.
 * "Nguyễn Văn An" → "Nguyễn V•• A•". Spacing is tidied and the result is NFC.
 */
export function maskName(fullName: string): string {
  const words = fullName.normalize('NFC').split(/\s+/).filter(Boolean);
  return words
    .map((word, i) => {
      if (i === 0) return word;
      const [first = '', ...rest] = graphemes(word);
      return first + MASK_CHAR.repeat(rest.length);
    })
    .join(' ');
}
