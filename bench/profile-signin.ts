/**
 * Where the time of POST /api/auth/login goes beyond argon2 (issue 12, docs/PERFORMANCE.md): the
 * app as bench/auth.bench.ts runs it (PGlite, 8 accounts), signed in to by 8 clients from a child
 * process (each request from its own address, as in the bench), so that only the server is in the
 * profile (BENCH_PROFILE: the load only):
 *
 *   BENCH_PROFILE=/tmp/signin.cpuprofile node --import tsx bench/profile-signin.ts
 *   node --import tsx bench/cpuprofile-top.ts /tmp/signin.cpuprofile
 */
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { accounts, insuredPersons } from '../apps/server/src/db/schema/index.ts';
import { hashPassword } from '../apps/server/src/lib/passwords.ts';
import { createRuntime } from '../apps/server/src/runtime.ts';
import { startProfile } from './inspector-profile.ts';

const PASSWORD = 'bench-password-2026';
const ACCOUNTS = 8;
const CLIENTS = 8;

/** The child: CLIENTS loops signing in until `seconds` have passed; prints the count. */
async function client(base: string, seconds: number, offset: number) {
  const end = Date.now() + seconds * 1000;
  let ok = 0;
  let n = offset;
  const statuses: Record<number, number> = {};
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < end) {
        const i = n++;
        const res = await fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          },
          body: JSON.stringify({
            bhxhCode: `09${String(i % ACCOUNTS).padStart(8, '0')}`,
            password: PASSWORD,
          }),
        });
        await res.arrayBuffer();
        if (res.status === 200) ok++;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  console.log(JSON.stringify({ ok, perSecond: ok / seconds, statuses }));
}

if (process.argv[2] === '--client') {
  await client(process.argv[3]!, Number(process.argv[4]), Number(process.argv[5]));
  process.exit(0);
}

const seconds = Number(process.env.BENCH_SECONDS ?? 15);
// One proxy hop is believed, so each client's X-Forwarded-For is its address (the per-IP limit,
// 20 sign-ins a minute, would otherwise refuse all but the first 20 from 127.0.0.1).
const config = loadConfig({ EMBEDDED_SMTP_PORT: '0', LOG_LEVEL: 'silent', TRUST_PROXY_HOPS: '1' });
const runtime = await createRuntime({
  config,
  log: pino({ level: 'silent' }),
  database: { driver: 'pglite', dir: null },
  seed: { adminUnits: false, demo: false },
  workers: false,
});
const app = await buildApp(runtime);
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const hash = await hashPassword(PASSWORD);
for (let i = 0; i < ACCOUNTS; i++) {
  const code = `09${String(i).padStart(8, '0')}`;
  await runtime.database.db.insert(insuredPersons).values({
    bhxhCode: code,
    fullName: 'Bench',
    nameKey: 'bench',
    birthDate: '1990-01-01',
    gender: 'male',
  });
  await runtime.database.db.insert(accounts).values({
    kind: 'citizen',
    role: 'citizen',
    bhxhCode: code,
    displayName: 'Bench',
    passwordHash: hash,
    mustChangePassword: false,
  });
}
const self = new URL(import.meta.url).pathname;
const profiler = await startProfile();
const { stdout } = await promisify(execFile)(
  process.execPath,
  ['--import', 'tsx', self, '--client', base, String(seconds), '0'],
  { maxBuffer: 1024 * 1024 },
);
await profiler.stop();
const r = JSON.parse(stdout) as {
  ok: number;
  perSecond: number;
  statuses: Record<string, number>;
};
console.log(
  `POST /api/auth/login: ${r.perSecond.toFixed(1)} sign-ins/s (${CLIENTS} clients, ${seconds} s, ${config.argon2.concurrency} argon2 slots), statuses ${JSON.stringify(r.statuses)}`,
);
await app.close();
await runtime.close();
