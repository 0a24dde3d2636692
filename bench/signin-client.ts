/**
 * Password sign-ins from a child process (issue 12): `clients` loops post POST /api/auth/login
 * for `seconds`, each request from its own address (X-Forwarded-For; the app must believe one
 * proxy hop), to accounts `09` + 8 digits (0 … accounts-1). In a child, the HTTP client's own
 * work does not run on the server's event loop — as with autocannon for the read benchmarks, and
 * as the raw argon2 ceiling has no HTTP client at all.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export type SignInLoad = {
  ok: number;
  perSecond: number;
  failed: number;
  statuses: Record<string, number>;
};

type Options = { seconds: number; clients: number; accounts: number; password: string };

async function client(base: string, o: Options, offset: number): Promise<SignInLoad> {
  const end = Date.now() + o.seconds * 1000;
  let ok = 0;
  let n = offset;
  const statuses: Record<string, number> = {};
  await Promise.all(
    Array.from({ length: o.clients }, async () => {
      while (Date.now() < end) {
        const i = n++;
        const res = await fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          },
          body: JSON.stringify({
            bhxhCode: `09${String(i % o.accounts).padStart(8, '0')}`,
            password: o.password,
          }),
        });
        await res.arrayBuffer();
        if (res.status === 200) ok++;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  const all = Object.values(statuses).reduce((a, b) => a + b, 0);
  return { ok, perSecond: ok / o.seconds, failed: all - ok, statuses };
}

/** Runs the sign-in loops in a child process; `offset` varies the client addresses per run. */
export async function signInsFromChild(base: string, o: Options, offset = 0): Promise<SignInLoad> {
  const self = new URL(import.meta.url).pathname;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', self, base, JSON.stringify(o), String(offset)],
    { maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout) as SignInLoad;
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const r = await client(
    process.argv[2]!,
    JSON.parse(process.argv[3]!) as Options,
    Number(process.argv[4]),
  );
  console.log(JSON.stringify(r));
  process.exit(0);
}
