/**
 * A comparison key for Vietnamese text: "Hà Nội", "ha noi" and "HA  NOI" all give "ha noi".
 * People search and type names without diacritics (or with the wrong ones) on phone
 * keyboards, so matching must ignore tones, case and spacing.
 *
 * Lower-casing comes first because some capitals only decompose once lower-cased; đ/Đ are
 * letters of their own, not d plus a mark, so they need an explicit mapping.
 */
export function searchKey(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}
