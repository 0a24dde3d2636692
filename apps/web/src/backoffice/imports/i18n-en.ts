import type { boImportsVi } from './i18n-vi.ts';

/** "Nhập dữ liệu" strings in English; must match i18n-vi.ts key for key. */
export const boImportsEn: typeof boImportsVi = {
  imports: {
    title: 'Import data',
    lead: 'Import records in bulk from a CSV file (UTF-8, header on line 1). Valid rows are kept; each bad row is reported with its line number and reason; importing the same file again changes nothing.',
    kind: 'Record type',
    kinds: {
      participation: 'Contribution history',
      benefits: 'Benefits',
      'medical-visits': 'Medical visits',
      'bhyt-cards': 'BHYT cards',
      agencies: 'Social insurance agencies',
      'health-facilities': 'Health facilities',
      employers: 'Participating employers',
      'collection-points': 'Collection points and agents',
    },
    groups: { records: 'Insurance records', directories: 'Lookup directories' },
    leadDirectories:
      'Replace a directory’s demonstration data with a CSV file (UTF-8, header on line 1). Records are matched by code: new codes are added, known codes with different details are updated, identical ones are skipped; each bad row is reported with its line number and reason.',
    columns: 'Columns, in order:',
    example: 'Download the example file ({{name}})',
    file: 'CSV file',
    fileHint: 'Choose a .csv file that follows the template of the selected type.',
    fileRequired: 'Please choose a CSV file to import.',
    submit: 'Import',
    pending: 'Importing…',
    progress: 'Progress',
    uploading: 'Uploaded {{percent}}%',
    processed: '{{n}} rows processed',
    summary: 'Import result',
    added: 'Added',
    skipped: 'Skipped (already stored)',
    updated: 'Updated',
    refused: 'Refused',
    refusedRows: 'Refused rows',
    line: 'Line',
    reason: 'Reason',
    report: 'Download report',
    again: 'Import another file',
  },
};
