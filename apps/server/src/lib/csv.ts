import { formatDate, formatMonth, type IsoDate, type YearMonth } from '@vssid/domain';

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

/*
 * ── The one convention of every CSV file the app writes (exports, import reports) ──
 * Chosen for a Vietnamese reader in Excel/LibreOffice and for a program alike, and the same as
 * the screens and as the import templates officers fill (data/import-templates/):
 * - UTF-8 with a BOM (so spreadsheets read the Vietnamese letters), CRLF, comma-separated,
 *   RFC 4180 quotes: parse with `csv-parse` ({ bom: true, columns: true }) or any CSV reader;
 * - months mm/yyyy ("09/2008"), dates dd/mm/yyyy ("15/09/2014");
 * - decimals with a decimal comma and no grouping ("3,66": a number in a Vietnamese-locale
 *   spreadsheet; quoted, since the comma is also the separator);
 * - money in whole đồng, digits only ("5453400": a number in any spreadsheet, no rounding);
 * - every column's title says its format or unit in brackets, e.g. "Từ tháng (mm/yyyy)".
 */

/** How a column's values are written; the title's bracket note says it to the reader. */
export type CsvFormat = 'text' | 'integer' | 'month' | 'date' | 'decimal' | 'money';

const FORMAT_NOTES: Record<CsvFormat, string | null> = {
  text: null,
  integer: 'số nguyên',
  month: 'mm/yyyy',
  date: 'dd/mm/yyyy',
  decimal: 'dấu phẩy thập phân',
  money: 'đồng',
};

export type CsvColumn<T> = {
  title: string;
  format: CsvFormat;
  value: (row: T) => string | number | null | undefined;
};

/** A value as the convention writes it ('' for a missing value). Throws on a malformed one. */
export function exportValue(format: CsvFormat, v: string | number | null | undefined): string {
  if (v == null || v === '') return '';
  switch (format) {
    case 'text':
      return String(v);
    case 'integer':
    case 'money': {
      const n = Number(v);
      if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number: ${v}`);
      return String(n);
    }
    case 'month':
      return formatMonth(String(v) as YearMonth);
    case 'date':
      return formatDate(String(v) as IsoDate);
    case 'decimal': {
      // Written as typed ('3.66' → '3,66', '3.6' → '3,6'): no rounding, the screen's digits.
      const s = String(v);
      if (!/^-?\d+(\.\d+)?$/.test(s)) throw new RangeError(`Not a decimal: ${v}`);
      return s.replace('.', ',');
    }
  }
}

/** "Từ tháng (mm/yyyy)": the header cell of a column. */
export const csvTitle = (c: { title: string; format: CsvFormat }): string =>
  FORMAT_NOTES[c.format] ? `${c.title} (${FORMAT_NOTES[c.format]})` : c.title;

/** A whole CSV file in the app's one convention: BOM, header row with formats, CRLF lines. */
export function csvFile<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [csvRow(columns.map(csvTitle))].concat(
    rows.map((r) => csvRow(columns.map((c) => exportValue(c.format, c.value(r))))),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
