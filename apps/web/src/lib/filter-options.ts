import { searchKey } from '@vssid/domain';

/** One choice of a searchable picker. */
export interface PickerOption {
  value: string;
  label: string;
  /** Extra lines shown under the label (a phone number, an address); searched too. */
  details?: readonly string[];
}

/**
 * Options whose text contains every word typed, ignoring case, tones and đ/d ("hai phong"
 * finds "Thành phố Hải Phòng"). Options where a word starts with the first typed word come
 * first, so "ha" puts "Hà Nội" before "Thành phố".
 */
export function filterOptions<O extends PickerOption>(options: readonly O[], query: string): O[] {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...options];
  const scored: { option: O; rank: number }[] = [];
  for (const option of options) {
    const key = searchKey([option.label, ...(option.details ?? [])].join(' '));
    if (!words.every((w) => key.includes(w))) continue;
    const label = searchKey(option.label);
    const first = words[0] ?? '';
    const rank = label.startsWith(first) ? 0 : ` ${label}`.includes(` ${first}`) ? 1 : 2;
    scored.push({ option, rank });
  }
  return scored.sort((a, b) => a.rank - b.rank).map((s) => s.option);
}
