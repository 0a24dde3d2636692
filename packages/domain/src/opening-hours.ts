import { searchKey } from './search-key.ts';

/** 1 = Monday (Thứ Hai) … 6 = Saturday (Thứ Bảy), 7 = Sunday (Chủ nhật). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One rule of a timetable: days `from`–`to` (the same day for one), optionally mornings only. */
export interface OpeningRule {
  from: Weekday;
  to: Weekday;
  /** "sáng Thứ Bảy": the morning of those days. */
  morningOnly: boolean;
  /** 24-hour 'H:MM' spans, as printed: [['7:30', '11:30'], ['13:30', '16:30']]. */
  spans: [string, string][];
}

const DAYS: Record<string, Weekday> = {
  'thu hai': 1,
  'thu ba': 2,
  'thu tu': 3,
  'thu nam': 4,
  'thu sau': 5,
  'thu bay': 6,
  'chu nhat': 7,
};
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function day(text: string): Weekday | undefined {
  return DAYS[searchKey(text)];
}

/**
 * Reads a Vietnamese timetable as agencies print it — "Thứ Hai – Thứ Sáu: 7:30–11:30,
 * 13:30–16:30; sáng Thứ Bảy: 7:30–11:30" — into codes and times, so that the app can word it in
 * the reader's language. Null when any part is not of that shape (nothing is guessed).
 */
export function parseOpeningHours(text: string): OpeningRule[] | null {
  const rules: OpeningRule[] = [];
  for (const part of text.split(';')) {
    const m = /^\s*(sáng\s+)?([^:]+?)\s*:\s*(.+?)\s*$/iu.exec(part);
    if (!m) return null;
    const [first, last, ...more] = m[2]!.split(/\s*[–—-]\s*/u);
    const from = first === undefined ? undefined : day(first);
    const to = last === undefined ? from : day(last);
    if (from === undefined || to === undefined || more.length > 0) return null;
    const spans: [string, string][] = [];
    for (const span of m[3]!.split(/\s*,\s*/u)) {
      const [open, close, ...rest] = span.split(/\s*[–—-]\s*/u);
      if (!open || !close || rest.length > 0 || !TIME.test(open) || !TIME.test(close)) return null;
      spans.push([open, close]);
    }
    rules.push({ from, to, morningOnly: m[1] !== undefined, spans });
  }
  return rules.length > 0 ? rules : null;
}
