import { DIRECTORY_IMPORT_COLUMNS } from './lookups.ts';
import type { ImportKind } from './records.ts';

/**
 * Columns of each CSV import template, in order (docs/IMPORTS.md). The server refuses any other
 * header; the back office shows the same list, so the two can never disagree.
 */
export const IMPORT_COLUMNS: Record<ImportKind, readonly string[]> = {
  participation: [
    'bhxh_code',
    'scheme',
    'from_month',
    'to_month',
    'employer_name',
    'employer_code',
    'position',
    'workplace',
    'contribution_type',
    'currency',
    'salary',
    'salary_coefficient',
    'status',
  ],
  benefits: ['bhxh_code', 'category', 'regime', 'from_date', 'to_date', 'amount', 'paid_by'],
  'medical-visits': [
    'bhxh_code',
    'facility_name',
    'facility_code',
    'admitted_on',
    'discharged_on',
    'kind',
    'icd_code',
    'icd_name',
    'total_cost',
    'paid_by_bhyt',
    'paid_by_patient',
  ],
  'bhyt-cards': [
    'bhxh_code',
    'card_number',
    'old_card_number',
    'facility_name',
    'facility_code',
    'valid_from',
    'valid_to',
    'five_years_from',
    'benefit_level',
    'benefit_code',
    'object_code',
    'issue_date',
    'issuing_office',
    'residence_code',
  ],
  ...DIRECTORY_IMPORT_COLUMNS,
};
