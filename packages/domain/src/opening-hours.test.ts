import { describe, expect, it } from 'vitest';
import { parseOpeningHours } from './opening-hours.ts';

describe('parseOpeningHours', () => {
  it('reads the timetables the directories print, with a Saturday morning', () => {
    expect(
      parseOpeningHours('Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–16:30; sáng Thứ Bảy: 7:30–11:30'),
    ).toEqual([
      {
        from: 1,
        to: 5,
        morningOnly: false,
        spans: [
          ['7:30', '11:30'],
          ['13:30', '16:30'],
        ],
      },
      { from: 6, to: 6, morningOnly: true, spans: [['7:30', '11:30']] },
    ]);
    expect(parseOpeningHours('thu hai - chu nhat: 7:00-19:00')).toEqual([
      { from: 1, to: 7, morningOnly: false, spans: [['7:00', '19:00']] },
    ]);
  });

  it('guesses nothing: other text is null', () => {
    expect(parseOpeningHours('Giờ hành chính')).toBeNull();
    expect(parseOpeningHours('Thứ Hai – Thứ Sáu: sáng')).toBeNull();
    expect(parseOpeningHours('Thứ Hai – Thứ Tám: 7:00–11:00')).toBeNull();
    expect(parseOpeningHours('')).toBeNull();
  });
});
