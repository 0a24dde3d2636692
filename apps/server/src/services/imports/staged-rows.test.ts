import { readFileSync } from 'node:fs';
import { IMPORT_KINDS, isDirectoryKind, type RecordImportKind } from '@vssid/contracts';
import { describe, expect, it } from 'vitest';
import { fieldReader } from './import-fields.ts';
import { parseImportRow } from './import-templates.ts';
import { IMPORT_VALUE_KEYS, STAGED_VALUE_COLUMNS, stagedLine } from './staged-rows.ts';

const RECORD_KINDS = IMPORT_KINDS.filter((k) => !isDirectoryKind(k)) as RecordImportKind[];

describe('staged record lines (COPY text for import_staged_rows)', () => {
  it.each(RECORD_KINDS)('stage every value parseImportRow returns for %s, in order', (kind) => {
    const [head, first] = readFileSync(
      new URL(`../../../data/import-templates/${kind}.csv`, import.meta.url),
      'utf8',
    ).split('\n');
    // The templates have no quoted commas in the cells these checks need.
    const cells = first!
      .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
      .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    const values = parseImportRow(kind, fieldReader(head!.split(','), cells, '2099-12-31'));
    expect(Object.keys(values).sort()).toEqual(['bhxhCode', ...IMPORT_VALUE_KEYS[kind]].sort());
    expect(IMPORT_VALUE_KEYS[kind].length).toBeLessThanOrEqual(STAGED_VALUE_COLUMNS);
  });

  it('escapes what COPY text format would read as a separator, an escape or an end of row', () => {
    const line = stagedLine('benefits', 'job', {
      line: 7,
      raw: 'a\tb\\c\r\nd',
      values: null,
      reason: 'IMPORT_FIELD_INVALID',
    });
    const fields = line.slice(0, -1).split('\t');
    expect(fields.slice(0, 5)).toEqual([
      'job',
      '7',
      'a\\tb\\\\c\\r\\nd',
      'IMPORT_FIELD_INVALID',
      '\\N',
    ]);
    expect(fields).toHaveLength(5 + STAGED_VALUE_COLUMNS);
    expect(line.endsWith('\n')).toBe(true);
  });
});
