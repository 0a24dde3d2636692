/**
 * Writes a number of months as the app shows it: "12 năm 2 tháng", "8 tháng", "3 năm", and
 * in English "12 years 2 months", "1 year 1 month". Zero is "0 tháng" / "0 months" so that an
 * empty history still reads as a duration. Throws on a negative or fractional count, which
 * can only come from a bug upstream.
 */
export function formatDuration(totalMonths: number, lang: 'vi' | 'en'): string {
  if (!Number.isSafeInteger(totalMonths) || totalMonths < 0) {
    throw new RangeError(`Not a whole, non-negative number of months: ${totalMonths}`);
  }
  const years = Math.floor(totalMonths / 12);
  const months = totalMonths % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(lang === 'vi' ? `${years} năm` : plural(years, 'year'));
  if (months > 0 || years === 0) {
    parts.push(lang === 'vi' ? `${months} tháng` : plural(months, 'month'));
  }
  return parts.join(' ');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
