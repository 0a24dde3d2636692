import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date-time.ts';

const intl = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const viaIntl = (d: Date) => {
  const p = Object.fromEntries(intl.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year}\u00a0${p.hour}:${p.minute}`;
};

describe('formatDateTime (Vietnam time, dd/mm/yyyy hh:mm)', () => {
  it('says what the time-zone database says, for any time from 1960 to 2100', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1960-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          expect(formatDateTime(d.toISOString())).toBe(viaIntl(d));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('the day turns at midnight Vietnam time, and an unreadable value is shown as it came', () => {
    expect(formatDateTime('2026-12-07T16:59:00Z')).toBe('07/12/2026\u00a023:59');
    expect(formatDateTime('2026-12-07T17:00:00Z')).toBe('08/12/2026\u00a000:00');
    expect(formatDateTime('1975-06-12T16:59:00Z')).toBe(viaIntl(new Date('1975-06-12T16:59:00Z')));
    expect(formatDateTime('không phải ngày')).toBe('không phải ngày');
  });
});
