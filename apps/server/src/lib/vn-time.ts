import { formatDate } from '@vssid/domain';

/** "dd/mm/yyyy hh:mm" in Vietnam's time zone (UTC+7, no daylight saving). */
export function vnDateTime(d: Date): string {
  const vn = new Date(d.getTime() + 7 * 3600_000);
  const iso = vn.toISOString();
  return `${formatDate(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
}
