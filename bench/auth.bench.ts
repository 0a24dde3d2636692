import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { accounts, insuredPersons } from '../apps/server/src/db/schema/index.ts';
import { hashPassword, verifyPassword } from '../apps/server/src/lib/passwords.ts';
import { createRuntime } from '../apps/server/src/runtime.ts';
import { SoftAuthenticator } from '../apps/server/test/support/soft-authenticator.ts';
import { scratchDatabase } from './scratch-db.ts';
import { signInsFromChild } from './signin-client.ts';

const PASSWORD = 'bench-password-2026';
const ACCOUNTS = 8;
const CONCURRENCY = 8;

/** Runs `op` from `concurrency` loops for `seconds`; returns successful operations per second. */
async function rate(seconds: number, concurrency: number, op: (i: number) => Promise<boolean>) {
  const end = Date.now() + seconds * 1000;
  let ok = 0;
  let failed = 0;
  let n = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        if (await op(n++)) ok++;
        else failed++;
      }
    }),
  );
  return { perSecond: ok / seconds, failed };
}

/**
 * Password sign-ins through the HTTP app beside raw argon2id verifies on the same machine (the
 * ceiling: a sign-in cannot beat its own hash check), and passkey sign-ins with a software
 * authenticator. Each client request comes from its own address, so the per-IP limit stays out.
 */
export async function authBench(
  seconds: number,
  driver: 'pglite' | 'postgres' = 'pglite',
): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (driver === 'postgres' && !url) {
    console.log('\nsign-in on PostgreSQL: skipped (set BENCH_DATABASE_URL)');
    return;
  }
  const scratch = driver === 'postgres' ? await scratchDatabase(url!) : null;
  // One proxy hop is believed, so each request's X-Forwarded-For (a new address every time) is its
  // client: without it every request came from 127.0.0.1, and the per-IP limit (20 sign-ins a
  // minute) refused all but the first 20 a minute with 429 — the sign-in rate then depended on
  // where the minute boundaries fell, not on the app (issue 12: "0.25–1.04, load-dependent").
  const config = loadConfig({
    EMBEDDED_SMTP_PORT: '0',
    LOG_LEVEL: 'silent',
    TRUST_PROXY_HOPS: '1',
  });
  const runtime = await createRuntime({
    config,
    log: pino({ level: 'silent' }),
    database: scratch
      ? { driver: 'postgres', url: scratch.url, poolSize: 10 }
      : { driver: 'pglite', dir: null },
    seed: { adminUnits: false, demo: false },
    workers: false,
  });
  const app = await buildApp(runtime);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const { db } = runtime.database;
  const hash = await hashPassword(PASSWORD);
  const codes = Array.from({ length: ACCOUNTS }, (_, i) => `09${String(i).padStart(8, '0')}`);
  for (const code of codes) {
    await db.insert(insuredPersons).values({
      bhxhCode: code,
      fullName: 'Bench',
      nameKey: 'bench',
      birthDate: '1990-01-01',
      gender: 'male',
    });
    await db.insert(accounts).values({
      kind: 'citizen',
      role: 'citizen',
      bhxhCode: code,
      displayName: 'Bench',
      passwordHash: hash,
      mustChangePassword: false,
    });
  }
  let ip = 0;
  const post = (path: string, body?: object, headers: Record<string, string> = {}) => {
    ip++;
    return fetch(base + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`,
        ...headers,
      },
      body: JSON.stringify(body ?? {}),
    });
  };

  // One passkey per account, registered the way the app does it (after a password sign-in).
  const devices = new SoftAuthenticator(`http://localhost:${config.port}`, config.webauthn.rpId);
  for (const code of codes) {
    const login = await post('/api/auth/login', { bhxhCode: code, password: PASSWORD });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const auth = { cookie, 'x-csrf-token': csrfToken };
    const options = await (
      await post('/api/auth/passkeys/registration-options', undefined, auth)
    ).json();
    const reg = await post(
      '/api/auth/passkeys/registration',
      { response: devices.register(options) },
      auth,
    );
    if (reg.status !== 201) throw new Error(`passkey registration failed: ${reg.status}`);
  }

  // The ceiling is measured half before and half after the sign-ins, so drifting machine load
  // (other processes) weighs on both sides of the ratio alike.
  const verify = async () => verifyPassword(hash, PASSWORD);
  const before = await rate(seconds / 2, config.argon2.concurrency, verify);
  // From a child process: the HTTP client's work stays off the server's event loop (the ceiling
  // has no HTTP client at all), each request from its own address.
  const password = await signInsFromChild(base, {
    seconds,
    clients: CONCURRENCY,
    accounts: ACCOUNTS,
    password: PASSWORD,
  });
  const passkey = await rate(seconds, CONCURRENCY, async (i) => {
    const options = await (await post('/api/auth/passkeys/login-options')).json();
    const cred = devices.credentials[i % ACCOUNTS]!;
    const response = devices.assert(options, { credentialId: cred.id.toString('base64url') });
    const res = await post('/api/auth/passkeys/login', { response });
    await res.arrayBuffer();
    return res.status === 200;
  });
  const after = await rate(seconds / 2, config.argon2.concurrency, verify);
  const argon = {
    perSecond: (before.perSecond + after.perSecond) / 2,
    failed: before.failed + after.failed,
  };

  console.log(
    `\nSign-in on ${driver}, ${seconds}s each, argon2id m=19 MiB t=2 p=1, ${config.argon2.concurrency} hashing slots`,
  );
  console.table([
    {
      target: `raw argon2id verify (ceiling, ${config.argon2.concurrency} parallel)`,
      'ops/s': argon.perSecond.toFixed(1),
      'ratio vs ceiling': '1.000',
      failures: argon.failed,
    },
    {
      target: `POST /api/auth/login (${CONCURRENCY} clients, child process)`,
      'ops/s': password.perSecond.toFixed(1),
      'ratio vs ceiling': (password.perSecond / argon.perSecond).toFixed(3),
      failures: password.failed,
    },
    {
      target: `passkey sign-in: options + login (${CONCURRENCY} clients)`,
      'ops/s': passkey.perSecond.toFixed(1),
      'ratio vs ceiling': (passkey.perSecond / argon.perSecond).toFixed(3),
      failures: passkey.failed,
    },
  ]);
  await app.close();
  await runtime.close();
  await scratch?.drop();
}
