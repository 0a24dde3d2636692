import type { OpeningHours } from '@vssid/contracts';
import type { TFunction } from 'i18next';

/**
 * Months as the app writes a duration: "12 năm 2 tháng" / "12 years 2 months", "8 tháng" /
 * "8 months"; zero is "0 tháng" / "0 months". The one formatter of durations on screen.
 */
export function formatDuration(t: TFunction, totalMonths: number): string {
  const years = Math.floor(totalMonths / 12);
  const months = totalMonths % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(t('duration.years', { count: years }));
  if (months > 0 || years === 0) parts.push(t('duration.months', { count: months }));
  return parts.join(' ');
}

/**
 * A timetable of the API (day codes and times) in the reader's language: "Thứ Hai – Thứ Sáu:
 * 7:30–11:30, 13:30–16:30; sáng Thứ Bảy: 7:30–11:30" / "Monday – Friday: …; Saturday morning: …".
 */
export function formatOpeningHours(t: TFunction, rules: OpeningHours): string {
  return rules
    .map((r) => {
      const day = (n: number) => t(`hours.days.${String(n) as '1'}`);
      const from = day(r.from);
      const range = r.to === r.from ? from : t('hours.range', { from, to: day(r.to) });
      const days = r.morningOnly ? t('hours.morning', { days: range }) : range;
      return t('hours.rule', { days, spans: r.spans.map(([a, b]) => `${a}–${b}`).join(', ') });
    })
    .join('; ');
}
