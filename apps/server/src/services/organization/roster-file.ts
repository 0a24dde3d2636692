import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../lib/app-error.ts';
import { readCsv } from '../imports/csv-reader.ts';

/** One line of a roster file: its cells as text and its line (1 = the header). */
export type RosterLine = { cells: string[]; line: number };
export type RosterFile = { kind: 'csv' | 'xlsx'; stream: Readable };

/** A workbook is read whole (a zip has its directory at the end): bounded here. */
export const MAX_XLSX_BYTES = 32 * 1024 * 1024;
const LINES_PER_YIELD = 1000;

const XLSX_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel.sheet.macroEnabled.12',
]);
/** The kind of an upload from its declared type and name (CSV when it says text/csv or .csv). */
export function rosterKind(mimetype: string, filename = ''): 'csv' | 'xlsx' {
  const type = mimetype.split(';')[0]!.trim().toLowerCase();
  const name = filename.toLowerCase();
  if (XLSX_TYPES.has(type) || name.endsWith('.xlsx') || name.endsWith('.xlsm')) return 'xlsx';
  if (type === 'text/csv' || type === 'text/plain' || name.endsWith('.csv')) return 'csv';
  if (type === 'application/octet-stream' && name === '') return 'csv';
  throw new AppError('ROSTER_FILE_UNSUPPORTED', 415, [
    { field: 'file', code: 'ROSTER_FILE_UNSUPPORTED' },
  ]);
}

/** A cell as the text a person sees in Excel: dates as dd/mm/yyyy, whole numbers without ".0". */
function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (v instanceof Date) {
    // Excel dates are days without a zone; exceljs gives them as UTC midnight.
    const d = v.toISOString().slice(0, 10).split('-');
    return `${d[2]}/${d[1]}/${d[0]}`;
  }
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return '';
  }
  return String(v);
}

async function* readXlsx(
  stream: Readable,
  onTotal?: (rows: number) => Promise<void>,
): AsyncGenerator<RosterLine[], void, undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    size += (c as Buffer).length;
    if (size > MAX_XLSX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 413);
    chunks.push(c as Buffer);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('ROSTER_XLSX_INVALID', 422, [
      { field: 'file', code: 'ROSTER_XLSX_INVALID' },
    ]);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return;
  let batch: RosterLine[] = [];
  const lines: RosterLine[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).trim());
    if (cells.every((c) => c === '')) return;
    batch.push({ cells, line });
    if (batch.length >= LINES_PER_YIELD) {
      lines.push(batch);
      batch = [];
    }
  });
  if (batch.length > 0) lines.push(batch);
  await onTotal?.(Math.max(0, lines.reduce((n, b) => n + b.length, 0) - 1));
  yield* lines;
}

/**
 * The upload's lines in batches: a CSV streamed as it arrives, a workbook's first sheet (whose
 * number of data rows `onTotal` learns before the first batch).
 */
export function readRoster(
  file: RosterFile,
  onTotal?: (rows: number) => Promise<void>,
): AsyncGenerator<RosterLine[]> {
  if (file.kind === 'xlsx') return readXlsx(file.stream, onTotal);
  return (async function* () {
    for await (const batch of readCsv(file.stream))
      yield batch.map((r) => ({ cells: r.cells, line: r.line }));
  })();
}
