import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvFile, csvRow, exportValue, spreadsheetSafe } from './csv.ts';

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

describe('the one CSV convention (every export)', () => {
  it('writes months mm/yyyy, dates dd/mm/yyyy, decimal commas and whole đồng', () => {
    expect(exportValue('month', '2008-09')).toBe('09/2008');
    expect(exportValue('date', '2014-09-15')).toBe('15/09/2014');
    expect(exportValue('decimal', '3.66')).toBe('3,66');
    expect(exportValue('decimal', '2.30')).toBe('2,30');
    expect(exportValue('money', 5_453_400)).toBe('5453400');
    expect(exportValue('integer', 12)).toBe('12');
    expect(exportValue('money', null)).toBe('');
    expect(() => exportValue('money', 1.5)).toThrow(RangeError);
    expect(() => exportValue('month', '09/2008')).toThrow(RangeError);
    expect(() => exportValue('decimal', '3,66')).toThrow(RangeError);
  });

  it("states each column's format in the header row, and reads back with csv-parse", () => {
    type Row = { from: string; coef: string; pay: number; who: string };
    const file = csvFile<Row>(
      [
        { title: 'Từ tháng', format: 'month', value: (r) => r.from },
        { title: 'Hệ số lương', format: 'decimal', value: (r) => r.coef },
        { title: 'Tiền lương', format: 'money', value: (r) => r.pay },
        { title: 'Đơn vị', format: 'text', value: (r) => r.who },
      ],
      [{ from: '2020-02', coef: '3.66', pay: 5_453_400, who: '=cmd' }],
    );
    expect(file.startsWith('\uFEFF')).toBe(true);
    expect(file.endsWith('\r\n')).toBe(true);
    expect(parse(file, { bom: true })).toEqual([
      ['Từ tháng (mm/yyyy)', 'Hệ số lương (dấu phẩy thập phân)', 'Tiền lương (đồng)', 'Đơn vị'],
      ['02/2020', '3,66', '5453400', "'=cmd"],
    ]);
  });
});
