import type { RecordImportKind } from '@vssid/contracts';
import type { ImportValues } from './import-templates.ts';

/**
 * The values of a parsed record row, after bhxhCode, in the order they are staged as c1…cN of
 * import_staged_rows (the merge casts cN to the column of the same key). parseImportRow returns
 * exactly these keys (import-templates.test.ts checks it).
 */
export const IMPORT_VALUE_KEYS = {
  participation: [
    'scheme',
    'fromMonth',
    'toMonth',
    'employerName',
    'employerCode',
    'position',
    'workplace',
    'contributionType',
    'currency',
    'salary',
    'salaryCoefficient',
    'status',
  ],
  benefits: ['category', 'regime', 'fromDate', 'toDate', 'amount', 'paidBy'],
  'medical-visits': [
    'facilityName',
    'facilityCode',
    'admittedOn',
    'dischargedOn',
    'kind',
    'icdCode',
    'icdName',
    'totalCost',
    'paidByBhyt',
    'paidByPatient',
  ],
  'bhyt-cards': [
    'cardNumber',
    'oldCardNumber',
    'facilityName',
    'facilityCode',
    'validFrom',
    'validTo',
    'fiveYearsFrom',
    'benefitLevel',
    'benefitCode',
    'objectCode',
    'issueDate',
    'issuingOffice',
    'residenceCode',
  ],
} as const satisfies Record<RecordImportKind, readonly string[]>;

/** How many cN columns import_staged_rows has (the widest kind). */
export const STAGED_VALUE_COLUMNS = 13;

/** import_staged_rows and the columns a staged line fills, in the order stagedLine writes them. */
export const STAGED_ROWS_TARGET = `import_staged_rows (job_id, line, raw, reason, bhxh_code, ${Array.from(
  { length: STAGED_VALUE_COLUMNS },
  (_, i) => `c${i + 1}`,
).join(', ')})`;

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
/** A value as a field of COPY's text format (null = \N). */
function field(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'number' ? String(v) : v;
  return SPECIAL.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : s;
}

/**
 * One line of the COPY data for import_staged_rows: a record of the upload with its line number
 * and raw text, and either its parsed values or the reason it was refused.
 */
export function stagedLine(
  kind: RecordImportKind,
  jobId: string,
  r: { line: number; raw: string; values: ImportValues | null; reason: string | null },
): string {
  let out = `${jobId}\t${r.line}\t${field(r.raw)}\t${field(r.reason)}\t${field(r.values?.bhxhCode)}`;
  const keys: readonly string[] = IMPORT_VALUE_KEYS[kind];
  for (let i = 0; i < STAGED_VALUE_COLUMNS; i++)
    out += `\t${r.values && i < keys.length ? field(r.values[keys[i]!]) : '\\N'}`;
  return `${out}\n`;
}
