import type { viFormat } from './vi-format.ts';

/** English for format.ts; must match vi-format.ts key for key. */
export const enFormat: typeof viFormat = {
  duration: {
    years_one: '{{count}} year',
    years_other: '{{count}} years',
    months_one: '{{count}} month',
    months_other: '{{count}} months',
  },
  hours: {
    days: {
      '1': 'Monday',
      '2': 'Tuesday',
      '3': 'Wednesday',
      '4': 'Thursday',
      '5': 'Friday',
      '6': 'Saturday',
      '7': 'Sunday',
    },
    range: '{{from}} – {{to}}',
    morning: '{{days}} morning',
    rule: '{{days}}: {{spans}}',
  },
};
