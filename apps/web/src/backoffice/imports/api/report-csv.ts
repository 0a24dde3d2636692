/** One refused (or skipped) line of an import report: line,status,reason,raw. */
export interface ReportLine {
  line: number;
  status: string;
  reason: string;
}

/** Splits CSV text into records (RFC 4180 quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The report's refused lines, in file order (the header row of the report is skipped). */
export function refusedLines(text: string): ReportLine[] {
  return parseCsv(text)
    .slice(1)
    .map(([line = '', status = '', reason = '']) => ({ line: Number(line), status, reason }))
    .filter((r) => r.status === 'refused' && Number.isFinite(r.line));
}
