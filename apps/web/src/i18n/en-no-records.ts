import type { viNoRecords } from './vi-no-records.ts';

/** English for vi-no-records.ts, key for key. */
export const enNoRecords: typeof viNoRecords = {
  noRecords: {
    cardTitle: 'No health insurance card on record',
    cardBody: 'Social insurance holds no health insurance card for you yet.',
    whoIssues:
      'If you are a pupil, a student or an employee, your school or employer applies for your card. Otherwise, contact:',
    agencyUnknown:
      'Contact the social insurance agency of the province or city where you live for advice.',
    address: 'Address',
    phone: 'Phone',
    hours: 'Opening hours',
    schemes: {
      bhxh: 'social insurance',
      bhyt: 'health insurance',
      bhtn: 'unemployment insurance',
      bhtnld: 'work injury insurance',
    },
    participationTitle: 'No {{scheme}} contributions on record',
    participationBody:
      'Your social insurance record shows no {{scheme}} months yet. If you have paid and they are missing here, contact your employer, your school or the social insurance agency where you live.',
  },
};
