import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasMessage } from '@vssid/contracts';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(path.join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [path.join(dir, e.name)]
        : [],
  );

// The ways server code names an error code: new AppError('CODE', …), the sign-in failure helper,
// field errors and the password policy's results.
const PATTERNS = [
  /new AppError\(\s*'([A-Z][A-Z0-9_]+)'/g,
  /invalidCredentials\(\s*'([A-Z][A-Z0-9_]+)'/g,
  /fieldError\(\s*'[A-Za-z]+',\s*'([A-Z][A-Z0-9_]+)'/g,
  /return '(PASSWORD_[A-Z_]+)'/g,
];

describe('error codes', () => {
  it('every code the server can answer has a Vietnamese and English message', () => {
    const codes = new Set<string>();
    for (const file of files(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const re of PATTERNS) for (const m of text.matchAll(re)) codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThan(20);
    expect([...codes].filter((c) => !hasMessage(c))).toEqual([]);
  });
});
