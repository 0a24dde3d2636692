/*
 * Every CSV cell the server writes (import reports, the citizens' history export) goes through
 * here, so a file opened in a spreadsheet never runs what someone typed ("CSV injection").
 */

/**
 * What spreadsheet software may read as a formula: a cell starting with = + - @, or with a tab
 * or carriage return (some programs strip those first). OWASP's list.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cell as text that opens as text: a leading ' makes the spreadsheet show the rest as typed.
 * Numbers go through the same rule: we write no negative numbers (amounts, salaries and
 * coefficients are ≥ 0 by the import rules), so a cell starting with '-' is never a number of
 * ours and is neutralised like any other.
 */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: neutralised, then quoted when it holds a separator, a quote or a line break (RFC 4180). */
export function csvCell(v: string | number | null | undefined): string {
  const s = spreadsheetSafe(v == null ? '' : String(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (without its line break). */
export const csvRow = (cells: readonly (string | number | null | undefined)[]): string =>
  cells.map(csvCell).join(',');
