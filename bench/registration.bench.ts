import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { searchKey } from '@vssid/domain';
import pino from 'pino';
import sharp from 'sharp';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import type { DatabaseOptions } from '../apps/server/src/db/client.ts';
import { cccdFor } from '../apps/server/src/integrations/population-registry/simulator-population.ts';
import { createRuntime, type Runtime } from '../apps/server/src/runtime.ts';
import { scratchDatabase } from './scratch-db.ts';

const STEPS = ['draft', 'applicant', 'consent', 'portrait', 'otp', 'submit'] as const;
type Step = (typeof STEPS)[number];

/** A scratch PostgreSQL database (dropped afterwards), so runs never collide with earlier data. */
async function scratchPostgres(url: string) {
  const db = await scratchDatabase(url);
  return {
    options: { driver: 'postgres', url: db.url, poolSize: 20 } as DatabaseOptions,
    drop: db.drop,
  };
}

/** N students in the insurance records and in the registry simulator (so only the portrait is needed). */
async function seedPeople(runtime: Runtime, n: number) {
  const people = Array.from({ length: n }, (_, i) => ({
    bhxhCode: `79${String(i).padStart(8, '0')}`,
    fullName: `Sinh Viên ${letters(i)}`,
    birthDate: '2005-05-05',
    cccd: cccdFor('031', 2005, 'male', 500_000 + i),
  }));
  for (let i = 0; i < n; i += 500) {
    const chunk = people.slice(i, i + 500);
    const values = chunk.map(
      (_, j) => `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4}, 'male')`,
    );
    await runtime.database.executeSql(
      `insert into insured_persons (bhxh_code, full_name, name_key, birth_date, gender) values ${values.join(',')}`,
      chunk.flatMap((p) => [p.bhxhCode, p.fullName, searchKey(p.fullName), p.birthDate]),
    );
  }
  const sim = runtime.services.registration.registrySimulator!;
  for (const p of people)
    sim.add({ cccd: p.cccd, fullName: p.fullName, birthDate: p.birthDate, gender: 'male' });
  return people;
}

/** 0 → 'Ba', 1 → 'Be'…: a distinct, letters-only given name per student. */
function letters(i: number): string {
  const syllables = [
    'ba',
    'be',
    'bi',
    'bo',
    'bu',
    'ca',
    'co',
    'cu',
    'da',
    'do',
    'du',
    'ha',
    'ho',
    'la',
    'lo',
    'ma',
  ];
  let s = '';
  let n = i;
  do {
    s += syllables[n % 16];
    n = Math.floor(n / 16);
  } while (n > 0);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const p = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * A registration burst: N complete registrations (draft → step 1–2 with a registry match →
 * consent → portrait upload → agency + email "Gửi" → "Xác nhận" with the OTP captured from the
 * OTP service) over real HTTP, `concurrency` at a time, as fast as the server takes them; then
 * waits until every queued mail (OTP + declaration PDF, 2 per registration) is delivered to the
 * embedded SMTP mailbox. Baseline: GET of a saved draft (one indexed read) in the same run.
 */
export async function registrationBench(
  driver: 'pglite' | 'postgres',
  n = Number(process.env.BENCH_REGISTRATIONS ?? 200),
  concurrency = 16,
) {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (driver === 'postgres' && !url) {
    console.log(
      '\nregistration burst on PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)',
    );
    return;
  }
  const scratch = driver === 'postgres' ? await scratchPostgres(url!) : null;
  const config = loadConfig({
    EMBEDDED_SMTP_PORT: '0',
    LOG_LEVEL: 'silent',
    QUEUE_POLL_SECONDS: '0.5',
    // One campus behind one IP must not be throttled by the anti-harvesting limits here.
    REGISTRATION_CHECKS_PER_MINUTE: '1000000',
    REGISTRATION_CHECKS_PER_DAY: '1000000',
    REGISTRATION_DRAFTS_PER_HOUR: '1000000',
  });
  const runtime = await createRuntime({
    config,
    log: pino({ level: 'silent' }),
    database: scratch?.options ?? { driver: 'pglite', dir: null },
    seed: { adminUnits: true, demo: true },
    masterSecret: randomBytes(32),
  });
  const codes = new Map<string, string>();
  const otps = runtime.services.otps;
  const issue = otps.issue.bind(otps);
  otps.issue = async (o) => {
    const issued = await issue(o);
    codes.set(o.subject, issued.code);
    return issued;
  };
  const app = await buildApp(runtime);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api`;
  const people = await seedPeople(runtime, n);
  const agency = (await runtime.database.executeSql("select id from agencies where code = '031'"))
    .rows[0]!.id;
  const photo = await sharp({
    create: {
      width: 1280,
      height: 960,
      channels: 3,
      background: '#808080',
      // Noise makes a phone-sized JPEG (~1 MB) instead of a few kilobytes of flat colour.
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 85 })
    .toBuffer();

  const times: Record<Step, number[]> = {
    draft: [],
    applicant: [],
    consent: [],
    portrait: [],
    otp: [],
    submit: [],
  };
  let failures = 0;
  const call = async (step: Step, path: string, init: RequestInit & { json?: unknown }) => {
    const started = performance.now();
    const headers = new Headers(init.headers);
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    const res = await fetch(`${base}${path}`, {
      ...init,
      headers,
      ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
    });
    const body = await res.json();
    times[step].push(performance.now() - started);
    if (!res.ok) throw new Error(`${step}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  };
  async function registerOne(i: number) {
    const person = people[i]!;
    const { id, draftToken } = await call('draft', '/registrations', { method: 'POST' });
    const h = { 'x-draft-token': draftToken };
    await call('applicant', `/registrations/${id}/applicant`, {
      method: 'PUT',
      headers: h,
      json: {
        bhxhCode: person.bhxhCode,
        fullName: person.fullName,
        idNumber: person.cccd,
        birthDate: person.birthDate,
        provinceCode: '31',
        communeCode: '11359',
        street: 'Số 484 Lạch Tray',
        phone: '0987654321',
      },
    });
    await call('consent', `/registrations/${id}/consent`, {
      method: 'PUT',
      headers: h,
      json: { accepted: true },
    });
    await call('portrait', `/registrations/${id}/photos/portrait`, {
      method: 'PUT',
      headers: { ...h, 'content-type': 'image/jpeg' },
      body: new Uint8Array(photo),
    });
    await call('otp', `/registrations/${id}/otp`, {
      method: 'POST',
      headers: h,
      json: { agencyId: agency, email: `sv${i}@bench.vssid.local` },
    });
    await call('submit', `/registrations/${id}/submit`, {
      method: 'POST',
      headers: h,
      json: { otp: codes.get(id) },
    });
  }

  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        await registerOne(i).catch((err) => {
          failures++;
          if (failures <= 3) console.log(`  registration ${i} failed: ${(err as Error).message}`);
        });
      }
    }),
  );
  const burstSeconds = (performance.now() - started) / 1000;

  // Baseline in the same process: reading a saved draft back.
  const { id, draftToken } = await call('draft', '/registrations', { method: 'POST' });
  const baseline: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    await (
      await fetch(`${base}/registrations/${id}`, { headers: { 'x-draft-token': draftToken } })
    ).json();
    baseline.push(performance.now() - t0);
  }
  baseline.sort((a, b) => a - b);

  const expected = 2 * (n - failures);
  const drainStart = performance.now();
  let delivered = 0;
  let received = 0;
  while (performance.now() - drainStart < 180_000) {
    const r = await runtime.database.executeSql(
      "select (select count(*)::int from mail_outbox where status = 'sent') as sent, (select count(*)::int from dev_mailbox) as got",
    );
    delivered = Number(r.rows[0]!.sent);
    received = Number(r.rows[0]!.got);
    if (delivered >= expected && received >= expected) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const drainSeconds = (performance.now() - drainStart) / 1000;

  console.log(
    `\nRegistration burst on ${driver}: ${n} registrations, ${concurrency} at a time, ${failures} failed — ` +
      `${((n - failures) / burstSeconds).toFixed(1)} registrations/s (${burstSeconds.toFixed(1)} s); ` +
      `portrait JPEG ${Math.round(photo.length / 1024)} KB; baseline GET draft p99 ${p(baseline, 0.99).toFixed(1)} ms`,
  );
  console.table(
    STEPS.map((s) => {
      const sorted = [...times[s]].sort((a, b) => a - b);
      return {
        step: s,
        'p50 ms': Number(p(sorted, 0.5).toFixed(1)),
        'p99 ms': Number(p(sorted, 0.99).toFixed(1)),
        'p99 ratio vs GET draft': (p(sorted, 0.99) / Math.max(0.01, p(baseline, 0.99))).toFixed(1),
      };
    }),
  );
  console.log(
    `  mails: ${expected} expected, ${delivered} delivered by the outbox, ${received} in the SMTP mailbox ` +
      `${delivered >= expected && received >= expected ? 'OK' : 'MISSING'} (drained ${drainSeconds.toFixed(1)} s after the burst)`,
  );

  await app.close();
  await runtime.close();
  await scratch?.drop();
}
