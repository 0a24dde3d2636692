import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from './result.ts';

describe('Result helpers', () => {
  it('ok() carries any value and marks success', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r: Result<unknown> = ok(value);
        expect(r.ok).toBe(true);
        expect(r.ok && r.value).toBe(r.ok ? value : undefined);
      }),
    );
  });

  it('err() carries the code and marks failure', () => {
    const r: Result<number, 'SOME_CODE'> = err('SOME_CODE');
    expect(r).toStrictEqual({ ok: false, error: 'SOME_CODE' });
    expect(r.ok).toBe(false);
  });
});
