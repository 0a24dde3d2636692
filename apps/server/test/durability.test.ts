import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './process-helpers.ts';

describe('durability of the embedded database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vssid-durability-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps a write answered just before the process was killed with SIGKILL', async () => {
    const first = await startServer({ DATA_DIR: dataDir });
    const content = `Góp ý kiểm tra độ bền ${Date.now()}`;
    const res = await fetch(`${first.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ category: 'error', content }),
    });
    expect(res.status).toBe(201);
    first.proc.kill('SIGKILL');
    expect(await first.exited).toBeNull();

    // Same data directory, new process: the answered write must be there.
    const second = await startServer({ DATA_DIR: dataDir });
    try {
      const { PGlite } = await import('@electric-sql/pglite');
      const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
      const { fuzzystrmatch } = await import('@electric-sql/pglite/contrib/fuzzystrmatch');
      // The restarted server recovered the directory; stop it cleanly, then read the table.
      second.proc.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      const db = new PGlite(path.join(dataDir, 'pgdata'), {
        extensions: { pg_trgm, fuzzystrmatch },
      });
      const r = await db.query<{ n: number }>(
        'select count(*)::int as n from feedback where content = $1',
        [content],
      );
      await db.close();
      expect(r.rows[0]!.n).toBe(1);
    } finally {
      if (second.proc.exitCode === null) second.proc.kill('SIGKILL');
    }
    // Two cold starts of the embedded server (migrations, demo data): seconds on an idle machine,
    // over a minute on a loaded one. The bound only catches a hang.
  }, 240_000);
});
