import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMasterSecret } from './secrets.ts';

const SECRETS = fileURLToPath(new URL('./secrets.ts', import.meta.url));

/**
 * A process that loads the module, waits at a barrier (the file `go` appearing), then asks for
 * the master secret of `dir` and prints it: every process reaches the file system at once.
 */
const CHILD = `
import { existsSync } from 'node:fs';
import { loadMasterSecret } from ${JSON.stringify(SECRETS)};
const [dir, go] = process.argv.slice(-2);
process.stdout.write('ready\\n');
while (!existsSync(go)) await new Promise((r) => setTimeout(r, 2));
process.stdout.write(loadMasterSecret(undefined, dir).toString('hex') + '\\n');
`;

function child(dir: string, go: string) {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', CHILD, dir, go],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  const ready = new Promise<void>((resolve) =>
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('ready\n')) resolve();
    }),
  );
  const key = new Promise<string>((resolve, reject) =>
    proc.on('exit', (code) =>
      code === 0 ? resolve(out.split('\n')[1] ?? '') : reject(new Error(`child exited ${code}`)),
    ),
  );
  return { ready, key };
}

describe('the master secret under the data directory', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const fresh = () => {
    const d = mkdtempSync(path.join(tmpdir(), 'vssid-secret-'));
    dirs.push(d);
    return d;
  };

  it('is created once (0600) and read back the same on the next start', () => {
    const dir = path.join(fresh(), 'data');
    const first = loadMasterSecret(undefined, dir);
    expect(first).toHaveLength(32);
    expect(statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(loadMasterSecret(undefined, dir).equals(first)).toBe(true);
  });

  it('prefers the configured secret (hex or base64) to the file', () => {
    const dir = fresh();
    const hex = 'ab'.repeat(32);
    expect(loadMasterSecret(hex, dir).toString('hex')).toBe(hex);
    const b64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadMasterSecret(b64, dir).equals(Buffer.alloc(32, 7))).toBe(true);
  });

  it('gives every instance that starts at the same moment the same key (start:cluster)', async () => {
    // Six processes released together against an empty data directory, three times over: one
    // key each would make each instance unable to read what the others encrypted.
    for (let round = 0; round < 3; round++) {
      const dir = path.join(fresh(), 'data');
      const go = path.join(path.dirname(dir), 'go');
      const children = Array.from({ length: 6 }, () => child(dir, go));
      await Promise.all(children.map((c) => c.ready));
      writeFileSync(go, '');
      const keys = await Promise.all(children.map((c) => c.key));
      const onDisk = Buffer.from(readFileSync(path.join(dir, 'secret.key'), 'utf8'), 'base64');
      expect(new Set(keys)).toEqual(new Set([onDisk.toString('hex')]));
    }
  }, 120_000);
});
