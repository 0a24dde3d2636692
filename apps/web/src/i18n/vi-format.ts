/**
 * Words the formatters of format.ts put around numbers: durations ("12 năm 2 tháng") and
 * timetables ("Thứ Hai – Thứ Sáu: 7:30–11:30"). Vietnamese has no plural forms: `_one` and
 * `_other` say the same (English needs both).
 */
export const viFormat = {
  duration: {
    years_one: '{{count}} năm',
    years_other: '{{count}} năm',
    months_one: '{{count}} tháng',
    months_other: '{{count}} tháng',
  },
  hours: {
    /** 1 = Monday … 7 = Sunday, as the API sends them. */
    days: {
      '1': 'Thứ Hai',
      '2': 'Thứ Ba',
      '3': 'Thứ Tư',
      '4': 'Thứ Năm',
      '5': 'Thứ Sáu',
      '6': 'Thứ Bảy',
      '7': 'Chủ nhật',
    },
    range: '{{from}} – {{to}}',
    morning: 'sáng {{days}}',
    rule: '{{days}}: {{spans}}',
  },
};
