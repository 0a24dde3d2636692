import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, spreadsheetSafe } from './csv.ts';

/** RFC 4180 reading of one line of cells (what a spreadsheet does before looking at a cell). */
const readLine = (line: string): string[] =>
  (parse(line, { relax_column_count: true }) as string[][])[0] ?? [''];

const FORMULA = /^[=+\-@\t\r]/;
/** Strings that often start like a formula. */
const risky = fc
  .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '', 'a', '1', "'"), fc.string())
  .map(([a, b]) => a + b);
const anyCell = fc.oneof(risky, fc.string(), fc.integer({ min: 0 }), fc.constant(null));

describe('CSV cells we write', () => {
  it('never start like a formula once read back, and keep the text otherwise intact', () => {
    fc.assert(
      fc.property(fc.array(anyCell, { minLength: 1, maxLength: 6 }), (cells) => {
        const back = readLine(csvRow(cells));
        expect(back).toHaveLength(cells.length);
        back.forEach((read, i) => {
          const text = cells[i] == null ? '' : String(cells[i]);
          expect(FORMULA.test(read)).toBe(false);
          expect(read).toBe(FORMULA.test(text) ? `'${text}` : text);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('neutralises each formula start and leaves ordinary values alone', () => {
    for (const s of ['=1+1', '+84912', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(spreadsheetSafe(s)).toBe(`'${s}`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('Công ty A, Hà Nội')).toBe('"Công ty A, Hà Nội"');
    expect(csvCell(5453400)).toBe('5453400');
    expect(csvCell(null)).toBe('');
  });
});
