import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../../lib/app-error.ts';

/** One CSV record: its cells, its raw text and the line it ends on (1-based; header = 1). */
export type CsvRecord = { cells: string[]; raw: string; line: number };

/** A record longer than this is not a CSV row of ours: typically a quote that never closes. */
const MAX_RECORD_CHARS = 64 * 1024;
/** C0 controls other than tab, LF and CR, and U+FFFD (what invalid UTF-8 decodes to): binary. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/** 422 IMPORT_FILE_MALFORMED with the line where the file stops being a CSV of text. */
export const malformedAt = (line: number) =>
  new AppError(
    'IMPORT_FILE_MALFORMED',
    422,
    [{ field: 'file', code: 'IMPORT_FILE_MALFORMED' }],
    undefined,
    {
      line,
    },
  );

/**
 * Decodes the upload as UTF-8 and refuses it at the first byte that is not text (NUL and other
 * control characters, invalid UTF-8), with the physical line it is on — so a binary file or a
 * truncated multi-byte character never reaches csv-parse or the database.
 */
class TextGuard extends Transform {
  private readonly decoder = new TextDecoder('utf-8');
  private lines = 1;
  private first = true;
  constructor() {
    super({ readableObjectMode: false, decodeStrings: true });
    this.setEncoding('utf8');
  }
  private check(text: string, cb: TransformCallback) {
    let t = text;
    if (this.first && t.length > 0) {
      this.first = false;
      if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    }
    const bad = t.search(NOT_TEXT);
    if (bad >= 0) {
      const before = t.slice(0, bad);
      return cb(malformedAt(this.lines + (before.match(/\n/g)?.length ?? 0)));
    }
    this.lines += t.match(/\n/g)?.length ?? 0;
    cb(null, t);
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
    this.check(this.decoder.decode(chunk, { stream: true }), cb);
  }
  override _flush(cb: TransformCallback) {
    this.check(this.decoder.decode(), cb);
  }
}

/**
 * The upload as CSV records, streamed (memory stays flat whatever the size), in arrays of the
 * records parsed so far (a few hundred per 64 KiB read: one await per array, not per record).
 * Any problem that makes the file not a CSV — an unclosed or stray quote, a record over 64 KiB,
 * binary content — throws IMPORT_FILE_MALFORMED with the line where the faulty record starts.
 */
export async function* readCsv(body: Readable): AsyncGenerator<CsvRecord[]> {
  const guard = new TextGuard();
  // Tracked as the parser goes (records it parsed but we had not read yet are dropped on error).
  let lastLine = 0;
  const parser = parse({
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
    // Our record straight from the parser's context (its `info` option builds two more objects
    // and decodes the raw text twice more per record).
    on_record: (rec: { record: string[]; raw: string }, context): CsvRecord => {
      lastLine = context.lines;
      return {
        cells: rec.record,
        raw: rec.raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, ''),
        line: context.lines,
      };
    },
  });
  // Errors of either stream end the iteration below (csv-parse's through the pipe's destroy).
  body.on('error', (e) => guard.destroy(e));
  guard.on('error', (e) => parser.destroy(e));
  let failed: Error | null = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  parser.on('readable', notify);
  parser.on('end', () => {
    ended = true;
    notify();
  });
  parser.on('error', (e) => {
    failed = e;
    notify();
  });
  body.pipe(guard).pipe(parser);
  try {
    for (;;) {
      const batch: CsvRecord[] = [];
      for (let r = parser.read() as CsvRecord | null; r !== null; r = parser.read()) batch.push(r);
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (failed) throw failed;
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } catch (e) {
    // csv-parse reports where it noticed the problem; the record began right after the last one.
    if (e instanceof CsvError) throw malformedAt(lastLine + 1);
    throw e;
  } finally {
    body.unpipe(guard);
    guard.unpipe(parser);
  }
}
