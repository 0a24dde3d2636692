import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { searchKey } from '@vssid/domain';
import pino from 'pino';
import { chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { cccdFor } from '../apps/server/src/integrations/population-registry/simulator-population.ts';
import { createRuntime, type Runtime } from '../apps/server/src/runtime.ts';
// @ts-expect-error: a plain .mjs helper of the npm scripts (no types)
import { ensureWebBuilt } from '../scripts/lib.mjs';

/**
 * `npm run bench:officer` (issue 13): an officer's decisions per minute over N seeded pending
 * applications in the back office, driven in Chromium (/usr/bin/chromium) by Playwright:
 *
 * - keyboard: A + Enter to approve, R 1 Enter to refuse (every 4th), the next one opens itself;
 * - mouse:    the same decisions by clicking "Duyệt" → "Xác nhận duyệt" (or "Từ chối" → reason
 *             → "Xác nhận từ chối") on the same screens;
 * - API:      the same decisions as bare POSTs over HTTP (no screen, no photos): the ceiling.
 *
 * Every application carries a phone-sized portrait (~1 MB JPEG), which the screen must show
 * before a decision is possible. Each pass gets its own N applications. BENCH_OFFICER_N (default
 * 24) per pass. Run under `flock /tmp/bench.lock` on a shared machine.
 */
const N = Number(process.env.BENCH_OFFICER_N ?? 24);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

async function seedPending(runtime: Runtime, base: string, n: number, tag: number) {
  const codes = new Map<string, string>();
  const otps = runtime.services.otps;
  const issue = otps.issue.bind(otps);
  otps.issue = async (o) => {
    const issued = await issue(o);
    codes.set(o.subject, issued.code);
    return issued;
  };
  const agency = (await runtime.database.executeSql("select id from agencies where code = '031'"))
    .rows[0]!.id;
  const photo = await sharp({
    create: {
      width: 1280,
      height: 960,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 85 })
    .toBuffer();
  const sim = runtime.services.registration.registrySimulator!;
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = tag * 1000 + i;
    const person = {
      bhxhCode: `78${String(k).padStart(8, '0')}`,
      fullName: `Sinh Viên ${name(k)}`,
      birthDate: '2005-05-05',
      cccd: cccdFor('031', 2005, 'male', 600_000 + k),
    };
    await runtime.database.executeSql(
      "insert into insured_persons (bhxh_code, full_name, name_key, birth_date, gender) values ($1, $2, $3, $4, 'male')",
      [person.bhxhCode, person.fullName, searchKey(person.fullName), person.birthDate],
    );
    sim.add({
      cccd: person.cccd,
      fullName: person.fullName,
      birthDate: person.birthDate,
      gender: 'male',
    });
    const call = async (path: string, init: RequestInit & { json?: unknown }) => {
      const headers = new Headers(init.headers);
      if (init.json !== undefined) headers.set('content-type', 'application/json');
      const res = await fetch(`${base}/api${path}`, {
        ...init,
        headers,
        ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
      });
      const body = await res.json();
      if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    };
    const { id, draftToken } = await call('/registrations', { method: 'POST' });
    const h = { 'x-draft-token': draftToken };
    await call(`/registrations/${id}/applicant`, {
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
    await call(`/registrations/${id}/consent`, {
      method: 'PUT',
      headers: h,
      json: { accepted: true },
    });
    await call(`/registrations/${id}/photos/portrait`, {
      method: 'PUT',
      headers: { ...h, 'content-type': 'image/jpeg' },
      body: new Uint8Array(photo),
    });
    await call(`/registrations/${id}/otp`, {
      method: 'POST',
      headers: h,
      json: { agencyId: agency, email: `officer${k}@bench.vssid.local` },
    });
    await call(`/registrations/${id}/submit`, {
      method: 'POST',
      headers: h,
      json: { otp: codes.get(id) },
    });
    ids.push(id);
  }
  otps.issue = issue;
  // Newest first, as the queue lists them.
  return ids.reverse();
}

/** A distinct, letters-only name per number below 10,000 (names refuse digits). */
function name(i: number): string {
  const s = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Linh', 'Minh', 'Ngọc'];
  const digit = (d: number) => s[Math.floor(i / 10 ** d) % 10];
  return `${digit(3)} ${digit(2)} ${digit(1)} ${digit(0)}`;
}

const refuse = (i: number) => i % 4 === 3;

/** Waits until the application `id` is on screen with its photos shown (decisions enabled). */
async function ready(page: Page, id: string) {
  await page.waitForURL((u) => u.pathname.endsWith(`/admin/ho-so/${id}`));
  await page.waitForSelector('#approve-button:not([disabled])');
}

async function pass(page: Page, ids: string[], how: 'keyboard' | 'mouse'): Promise<number> {
  await page.goto(`/admin/ho-so/${ids[0]}`);
  await ready(page, ids[0]!);
  const started = performance.now();
  for (let i = 0; i < ids.length; i++) {
    await ready(page, ids[i]!);
    if (how === 'keyboard') {
      if (refuse(i)) {
        await page.keyboard.press('r');
        await page.waitForSelector('#reject-dialog[open]');
        await page.keyboard.press('1');
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press('a');
        await page.waitForSelector('#approve-dialog[open]');
        await page.keyboard.press('Enter');
      }
    } else if (refuse(i)) {
      await page.click('#reject-button');
      await page.click('label[for="reject-reason-photo_unclear"]');
      await page.click('#reject-dialog button[type="submit"]');
    } else {
      await page.click('#approve-button');
      await page.click(
        '#approve-dialog .button--primary, #approve-dialog button:not(.button--secondary)',
      );
    }
    // The decision is taken when the screen moves on (to the next one, or the list after the last).
    await page.waitForURL((u) => !u.pathname.endsWith(`/admin/ho-so/${ids[i]}`));
  }
  return performance.now() - started;
}

async function apiPass(base: string, headers: Record<string, string>, ids: string[]) {
  const started = performance.now();
  for (let i = 0; i < ids.length; i++) {
    const res = await fetch(
      `${base}/api/admin/registrations/${ids[i]}/${refuse(i) ? 'reject' : 'approve'}`,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(refuse(i) ? { reasonCode: 'photo_unclear' } : {}),
      },
    );
    if (!res.ok) throw new Error(`API decision: ${res.status} ${await res.text()}`);
  }
  return performance.now() - started;
}

const perMinute = (n: number, ms: number) => (n * 60_000) / ms;

ensureWebBuilt();
console.log(`officer decisions bench — ${new Date().toISOString()} — Node ${process.version}`);
const config = loadConfig({
  EMBEDDED_SMTP_PORT: '0',
  LOG_LEVEL: 'silent',
  QUEUE_POLL_SECONDS: '0.5',
  REGISTRATION_CHECKS_PER_MINUTE: '1000000',
  REGISTRATION_CHECKS_PER_DAY: '1000000',
  REGISTRATION_DRAFTS_PER_HOUR: '1000000',
});
const runtime = await createRuntime({
  config,
  log: pino({ level: 'silent' }),
  database: { driver: 'pglite', dir: null },
  seed: { adminUnits: true, demo: true },
  masterSecret: randomBytes(32),
});
const app = await buildApp(runtime);
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
console.log(`seeding ${3 * N} pending applications (portrait ~1 MB each)…`);
// Seeded oldest first: the API's, then the mouse's, then the keyboard's (newest, top of the queue).
const apiIds = await seedPending(runtime, base, N, 1);
const mouseIds = await seedPending(runtime, base, N, 2);
const keyIds = await seedPending(runtime, base, N, 3);

// The officer is signed in (a real session row; sign-in itself is bench:auth's subject).
const officer = (
  await runtime.database.executeSql("select id from accounts where username = 'haiphong.officer'")
).rows[0]!.id as string;
const session = await runtime.services.sessions.create({
  accountId: officer,
  kind: 'staff',
  stage: 'full',
});
const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 800 } });
await context.addCookies([{ name: 'vssid_staff', value: session.token, url: base }]);
const page = await context.newPage();

const failed = async (err: unknown): Promise<never> => {
  await page.screenshot({ path: '/tmp/bench-officer-failure.png' });
  console.error('failed; the screen is in /tmp/bench-officer-failure.png');
  throw err;
};
const keyboardMs = await pass(page, keyIds, 'keyboard').catch(failed);
const mouseMs = await pass(page, mouseIds, 'mouse').catch(failed);
const apiMs = await apiPass(
  base,
  { cookie: `vssid_staff=${session.token}`, 'x-csrf-token': session.csrfToken },
  apiIds,
);
await browser.close();

const k = perMinute(N, keyboardMs);
const m = perMinute(N, mouseMs);
const a = perMinute(N, apiMs);
console.log(`\n${N} decisions per pass (every 4th a refusal with a reason), desk 1280x800:`);
console.log(`  keyboard (A Enter / R 1 Enter, next opens itself): ${k.toFixed(1)} decisions/min`);
console.log(
  `  mouse (Duyệt → Xác nhận / Từ chối → lý do → Xác nhận): ${m.toFixed(1)} decisions/min`,
);
console.log(`  bare API POSTs (no screen, no photos; ceiling):      ${a.toFixed(1)} decisions/min`);
console.log(
  `  keyboard / mouse: ${(k / m).toFixed(2)}   keyboard / API ceiling: ${(k / a).toFixed(2)}`,
);
await app.close();
await runtime.close();
process.exit(0);
