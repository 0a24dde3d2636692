// Every time on screen is Vietnam time, whatever the device's time zone says.
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * ISO 8601 → "15/09/2014 08:05" (Vietnam time), joined by a no-break space so the time never
 * wraps away from its date; an unreadable value is shown as it came.
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = Object.fromEntries(PARTS.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year}\u00a0${p.hour}:${p.minute}`;
}

/** Milliseconds → "3:59" (minutes:seconds), never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
