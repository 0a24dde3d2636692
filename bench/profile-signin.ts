/**
 * Where the time of POST /api/auth/login goes beyond argon2 (issue 12, docs/PERFORMANCE.md): the
 * app as bench/auth.bench.ts runs it (PGlite, 8 accounts), signed in to by 8 clients from a child
 * process (each request from its own address, as in the bench), so that only the server is in the
 * profile (BENCH_PROFILE: the load only):
 *
 *   BENCH_PROFILE=/tmp/signin.cpuprofile node --import tsx bench/profile-signin.ts
 *   node --import tsx bench/cpuprofile-top.ts /tmp/signin.cpuprofile
 */
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { accounts, insuredPersons } from '../apps/server/src/db/schema/index.ts';
import { hashPassword } from '../apps/server/src/lib/passwords.ts';
import { createRuntime } from '../apps/server/src/runtime.ts';
import { startProfile } from './inspector-profile.ts';
import { signInsFromChild } from './signin-client.ts';

const PASSWORD = 'bench-password-2026';
const ACCOUNTS = 8;
const CLIENTS = 8;

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
const profiler = await startProfile();
const r = await signInsFromChild(base, {
  seconds,
  clients: CLIENTS,
  accounts: ACCOUNTS,
  password: PASSWORD,
});
await profiler.stop();
console.log(
  `POST /api/auth/login: ${r.perSecond.toFixed(1)} sign-ins/s (${CLIENTS} clients, ${seconds} s, ${config.argon2.concurrency} argon2 slots), statuses ${JSON.stringify(r.statuses)}`,
);
await app.close();
await runtime.close();
