// Every time on screen is Vietnam time, whatever the device's time zone says. Asia/Ho_Chi_Minh
// has been UTC+7 without daylight saving since 13/06/1975 (IANA tz database): such times are
// shifted by hand, because building an Intl.DateTimeFormat with a time zone cost the card
// screen's first render 13 ms on a fast machine, ~50 ms on a phone (issue 17). Earlier times
// (none the app shows today) go through Intl, built on first need.
const UTC7_SINCE = Date.UTC(1975, 5, 12, 17, 0); // 13/06/1975 00:00 in Vietnam
const SEVEN_HOURS = 7 * 3_600_000;
let historic: Intl.DateTimeFormat | undefined;
const two = (n: number) => String(n).padStart(2, '0');

/**
 * ISO 8601 → "15/09/2014 08:05" (Vietnam time), joined by a no-break space so the time never
 * wraps away from its date; an unreadable value is shown as it came.
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  const ms = date.getTime();
  if (Number.isNaN(ms)) return iso;
  if (ms >= UTC7_SINCE) {
    const v = new Date(ms + SEVEN_HOURS);
    const day = `${two(v.getUTCDate())}/${two(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
    return `${day}\u00a0${two(v.getUTCHours())}:${two(v.getUTCMinutes())}`;
  }
  historic ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p = Object.fromEntries(historic.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year}\u00a0${p.hour}:${p.minute}`;
}

/** Milliseconds → "3:59" (minutes:seconds), never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
