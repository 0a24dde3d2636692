import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { handleProcessError } from './process-errors.ts';

function capture() {
  const lines: string[] = [];
  const log = pino(
    { level: 'trace' },
    new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  );
  return { log, lines };
}

describe('errors nobody handled (main.ts)', () => {
  it('keeps serving through a lost database connection, however wrapped', () => {
    const { log, lines } = capture();
    let fatal = 0;
    const lost = Object.assign(new Error('Failed query: begin\nparams: 0123456789'), {
      cause: new Error('Connection terminated unexpectedly'),
    });
    expect(handleProcessError(lost, 'unhandledRejection', log, () => fatal++)).toBe('kept-serving');
    const terminated = Object.assign(new Error('terminating connection'), { code: '57P01' });
    expect(handleProcessError(terminated, 'uncaughtException', log, () => fatal++)).toBe(
      'kept-serving',
    );
    expect(fatal).toBe(0);
    expect(lines.join('')).toContain('database connection error outside a request');
    expect(lines.join('')).not.toContain('0123456789');
  });

  it('drains and exits on anything else', () => {
    const { log, lines } = capture();
    let fatal = 0;
    expect(handleProcessError(new TypeError('boom'), 'uncaughtException', log, () => fatal++)).toBe(
      'exiting',
    );
    expect(handleProcessError('a string', 'unhandledRejection', log, () => fatal++)).toBe(
      'exiting',
    );
    expect(fatal).toBe(2);
    expect(lines.filter((l) => l.includes('"level":60'))).toHaveLength(2);
  });
});
