import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import {
  MIX_PASSWORD,
  type MixPeople,
  type MixPerson,
  type MixUser,
  prepareMixPeople,
  sqlSession,
} from './mix-prepare.ts';
import type { MixServerReady } from './mix-server.ts';

/**
 * `npm run bench:mix`: a day's traffic in one mix, for BENCH_SECONDS (default 60) from BENCH_VUS
 * (default 50) virtual users, each sending its next request as soon as the last one answered
 * (a closed loop: the rate is what the server sustains). Shares of requests (issue 12.6):
 *
 * - 60 % "QL cá nhân" of a signed-in citizen: home summary, card, participation history,
 *   benefits, medical book;
 * - 15 % "Tra cứu": the five directories and the BHXH-code lookup (with its proof of work solved
 *   as the web app does: 428 → challenge → solve → send again);
 * - 10 % password sign-in (argon2id);
 * - 5 % registration steps (a new draft, then step 1 "identity" on it);
 * - 10 % password-reset request and feedback (each writes a mail to the outbox).
 *
 * Every request carries X-Forwarded-For with one of BENCH_CLIENTS (default 5,000) client
 * addresses, so the per-IP limits meet a population, not one machine (a quarter of the
 * BHXH-code lookups from one shared address, so the proof of work is met). The bench's own server
 * trusts one proxy hop; a BENCH_TARGET that does not (TRUST_PROXY_HOPS=0) sees every request
 * from the bench's one address, and its per-IP limits answer 429: those are counted in their own
 * column, never hidden and never counted as successes.
 *
 * Server: by default the bench forks bench/mix-server.ts (PGlite, or a scratch PostgreSQL
 * database when BENCH_DATABASE_URL is set, with BENCH_CITIZENS generated people, default
 * 20,000) and samples that process's RSS. With BENCH_TARGET=http://host:port[,http://…] it
 * drives running instances instead (round robin); their database must be reachable at
 * BENCH_DATABASE_URL (bench accounts and sessions are written there) and hold generated people
 * (`npm run db:seed -- --citizens N`); BENCH_PID=pid[,pid] names the processes whose RSS to sample.
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const VUS = Number(process.env.BENCH_VUS ?? 50);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 5_000);
const USERS = Number(process.env.BENCH_USERS ?? 2_000);
const WARM_UP_SECONDS = 3;
const BASELINE_SECONDS = Number(process.env.BENCH_BASELINE_SECONDS ?? 10);

type Sample = { route: string; status: number; ms: number; code?: string };

/** Statuses a route answers by design to some of the mix's requests (anything else non-2xx is an error). */
const EXPECTED: Record<string, number[]> = {
  // The first lookup of an address past its free ones: "solve a challenge".
  'POST /api/lookups/bhxh-code': [428],
};

// ---------------------------------------------------------------- what people type

const enc = encodeURIComponent;
const near = 'lat=21.0285&lng=105.8542'; // Hoàn Kiếm, Hà Nội
const DIRECTORY_QUERIES: Record<string, string[]> = {
  agencies: ['provinceCode=01', 'q=dong%20da', `q=${enc('bhxh co so hai phonh')}`, 'q=031', near],
  'sick-leave-facilities': [
    'provinceCode=79',
    'q=dong%20da',
    `q=${enc('bach maii')}`,
    'q=01001',
    near,
  ],
  'bhyt-facilities': [
    'provinceCode=31&initialRegistration=true',
    'q=dong%20da',
    `q=${enc('tram y te phuong hong bangg')}`,
    'q=01001',
    near,
  ],
  employers: [
    'provinceCode=79',
    'q=dong%20da',
    `q=${enc('dai hoc hang hai viet nma')}`,
    `q=${enc('cong ty tnhh')}&status=active`,
  ],
  'collection-points': [
    'provinceCode=01',
    'q=dong%20da',
    `q=${enc('buu dien phuong hong bangg')}`,
    near,
  ],
};

const FEEDBACK = [
  'Ứng dụng hiển thị quá trình tham gia chưa đủ các tháng năm 2019, nhờ kiểm tra giúp.',
  'Đề nghị bổ sung tra cứu cơ sở khám chữa bệnh theo chuyên khoa.',
  'Tôi không nhận được mã OTP khi đăng ký, xin hướng dẫn.',
];

// ---------------------------------------------------------------- the proof of work, off the event loop

/**
 * Solves challenges in a worker thread, as the web app does in a Web Worker: a search of ~2^16+
 * SHA-256 hashes on the load generator's event loop would delay every other virtual user's
 * timing.
 */
function powSolver() {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     const { createHash } = require('node:crypto');
     const zeros = (d) => { let b = 0; for (const x of d) { if (x === 0) { b += 8; continue; } return b + Math.clz32(x) - 24; } return b; };
     parentPort.on('message', ({ id, salt, difficulty }) => {
       for (let n = 0; ; n++) {
         if (zeros(createHash('sha256').update(salt + ':' + n).digest()) >= difficulty) {
           parentPort.postMessage({ id, nonce: String(n) });
           return;
         }
       }
     });`,
    { eval: true },
  );
  worker.unref();
  const waiting = new Map<number, (nonce: string) => void>();
  worker.on('message', ({ id, nonce }: { id: number; nonce: string }) => {
    waiting.get(id)?.(nonce);
    waiting.delete(id);
  });
  let next = 0;
  return {
    solve: (salt: string, difficulty: number) =>
      new Promise<string>((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        worker.postMessage({ id, salt, difficulty });
      }),
    stop: () => worker.terminate(),
  };
}

// ---------------------------------------------------------------- RSS

/** Resident set size of a process in bytes (Linux /proc), or null when it cannot be read. */
function rssOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far (Linux /proc), or null. */
function cpuOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are 14 and 15.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

/** The backends (pids) of PostgreSQL serving `url`'s database, to measure their CPU. */
async function backendsOf(url: string | null): Promise<number[]> {
  if (!url) return [];
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(
      // The app's connections only (not autovacuum, not this one).
      "select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()",
    );
    return r.rows.map((x) => Number(x.pid));
  } finally {
    await c.end();
  }
}

/** CPU used by `pids` between start() and stop() (processes present at both ends). */
async function cpuMeter(pids: () => Promise<number[]>) {
  const before = new Map((await pids()).map((p) => [p, cpuOf(p)]));
  return async () => {
    let used = 0;
    let counted = 0;
    for (const p of await pids()) {
      const a = before.get(p);
      const b = cpuOf(p);
      if (a != null && b != null) {
        used += b - a;
        counted++;
      }
    }
    return { seconds: used, processes: counted };
  };
}

function rssSampler(pids: number[]) {
  const first = new Map<number, number | null>(pids.map((p) => [p, rssOf(p)]));
  const max = new Map<number, number>();
  const timer = setInterval(() => {
    for (const p of pids) {
      const v = rssOf(p);
      if (v !== null && v > (max.get(p) ?? 0)) max.set(p, v);
    }
  }, 250);
  return {
    stop() {
      clearInterval(timer);
      return pids.map((pid) => ({
        pid,
        before: first.get(pid) ?? null,
        max: max.get(pid) ?? null,
      }));
    },
  };
}

// ---------------------------------------------------------------- the server(s)

type Target = {
  bases: string[];
  pids: number[];
  /** The database whose PostgreSQL backends' CPU is measured (null: not measured). */
  databaseUrl: string | null;
  people: MixPeople;
  describe: string;
  stop: () => Promise<void>;
};

async function startOwnServer(): Promise<Target> {
  const child = fork(new URL('./mix-server.ts', import.meta.url).pathname, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: process.env,
  });
  const ready = await new Promise<MixServerReady>((resolve, reject) => {
    child.once('message', (m) => resolve(m as MixServerReady));
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return {
    bases: [ready.base],
    pids: [ready.pid],
    databaseUrl: ready.databaseUrl,
    people: ready.people,
    describe:
      `the bench's own server (one Node process), ${ready.driver}` +
      (ready.poolSize ? ` (pool ${ready.poolSize})` : '') +
      `, ${ready.citizens.toLocaleString('en')} generated citizens (${ready.seedSeconds === null ? 'cached template copied' : `seeded in ${ready.seedSeconds.toFixed(0)} s`})`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  };
}

async function useRunningInstances(targets: string): Promise<Target> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url)
    throw new Error(
      'BENCH_TARGET needs BENCH_DATABASE_URL (the instances’ database) for bench accounts and sessions',
    );
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const exec = async (sql: string, params?: unknown[]) => c.query(sql, params);
    const people = await prepareMixPeople(exec, USERS, (id) => sqlSession(exec, id));
    const pids = (process.env.BENCH_PID ?? '').split(',').filter(Boolean).map(Number);
    const bases = targets.split(',').map((t) => t.trim().replace(/\/$/, ''));
    return {
      bases,
      pids,
      databaseUrl: url,
      people,
      describe: `running instance(s) ${bases.join(', ')}`,
      stop: async () => {},
    };
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------- the mix

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

function mix(target: Target, record: (s: Sample) => void) {
  const { users, strangers } = target.people;
  const pow = powSolver();
  const clients = Array.from(
    { length: CLIENTS },
    (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
  );
  let rr = 0;

  async function call(
    route: string,
    path: string,
    o: {
      method?: string;
      json?: unknown;
      headers?: Record<string, string>;
      ip: string;
    },
  ): Promise<{ status: number; body: unknown }> {
    const base = target.bases[rr++ % target.bases.length]!;
    const headers: Record<string, string> = {
      'x-forwarded-for': o.ip,
      'accept-language': 'vi',
      ...o.headers,
    };
    if (o.json !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    try {
      const res = await fetch(base + path, {
        method: o.method ?? 'GET',
        headers,
        ...(o.json !== undefined ? { body: JSON.stringify(o.json) } : {}),
      });
      const text = await res.text();
      const ms = performance.now() - started;
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {}
      const code = (body as { error?: { code?: string } } | null)?.error?.code;
      record({ route, status: res.status, ms, ...(code ? { code } : {}) });
      return { status: res.status, body };
    } catch (err) {
      record({
        route,
        status: 0,
        ms: performance.now() - started,
        code: (err as Error).message,
      });
      return { status: 0, body: null };
    }
  }

  const me = (route: string, path: string) => async (ip: string) => {
    const u = pick(users);
    await call(`GET ${route}`, path, { ip, headers: { cookie: `vssid_session=${u.token}` } });
  };

  const directory = (name: string) => async (ip: string) => {
    await call(
      `GET /api/lookups/${name}`,
      `/api/lookups/${name}?${pick(DIRECTORY_QUERIES[name]!)}`,
      {
        ip,
      },
    );
  };

  // A quarter of the BHXH-code lookups come from one shared address (a commune office, an
  // internet café, a help desk): those pass the 3 free lookups an hour and meet the proof of
  // work, then the hourly ceiling (429, counted as such).
  async function bhxhCode(own: string) {
    const ip = Math.random() < 0.25 ? clients[0]! : own;
    const p: MixPerson = pick(strangers.filter((s) => s.provinceCode) as MixPerson[]);
    const body = { provinceCode: p.provinceCode, fullName: p.fullName, birthDate: p.birthDate };
    const first = await call('POST /api/lookups/bhxh-code', '/api/lookups/bhxh-code', {
      method: 'POST',
      json: body,
      ip,
    });
    if (first.status !== 428) return;
    const ch = await call(
      'POST /api/lookups/bhxh-code/challenge',
      '/api/lookups/bhxh-code/challenge',
      { method: 'POST', ip },
    );
    if (ch.status !== 200) return;
    const c = ch.body as { id: string; salt: string; difficulty: number };
    const nonce = await pow.solve(c.salt, c.difficulty);
    await call('POST /api/lookups/bhxh-code', '/api/lookups/bhxh-code', {
      method: 'POST',
      json: { ...body, challenge: { id: c.id, nonce } },
      ip,
    });
  }

  async function signIn(ip: string) {
    const u: MixUser = pick(users);
    await call('POST /api/auth/login', '/api/auth/login', {
      method: 'POST',
      json: { bhxhCode: u.code, password: MIX_PASSWORD },
      ip,
    });
  }

  async function registration(ip: string) {
    const draft = await call('POST /api/registrations', '/api/registrations', {
      method: 'POST',
      ip,
    });
    if (draft.status !== 201) return;
    const { id, draftToken } = draft.body as { id: string; draftToken: string };
    const p = pick(strangers);
    await call('PUT /api/registrations/:id/identity', `/api/registrations/${id}/identity`, {
      method: 'PUT',
      headers: { 'x-draft-token': draftToken },
      json: {
        bhxhCode: p.code,
        fullName: p.fullName,
        birthDate: p.birthDate,
        idNumber: p.idNumber,
      },
      ip,
    });
  }

  async function passwordReset(ip: string) {
    const u = pick(users);
    await call('POST /api/auth/password-reset/start', '/api/auth/password-reset/start', {
      method: 'POST',
      json: { bhxhCode: u.code, email: u.email },
      ip,
    });
  }

  async function feedback(ip: string) {
    await call('POST /api/feedback', '/api/feedback', {
      method: 'POST',
      json: {
        category: pick(['question', 'suggestion', 'error'] as const),
        content: pick(FEEDBACK),
      },
      ip,
    });
  }

  // Weights are shares of requests; a registration is two requests (draft + step 1), so 2.5.
  const actions: [number, (ip: string) => Promise<void>][] = [
    [24, me('/api/me/summary', '/api/me/summary')],
    [12, me('/api/me/card', '/api/me/card')],
    [12, me('/api/me/participation', '/api/me/participation?scheme=bhxh')],
    [6, me('/api/me/benefits', '/api/me/benefits')],
    [6, me('/api/me/medical-visits', '/api/me/medical-visits')],
    [2, directory('agencies')],
    [2, directory('sick-leave-facilities')],
    [3, directory('bhyt-facilities')],
    [3, directory('employers')],
    [2, directory('collection-points')],
    [3, bhxhCode],
    [10, signIn],
    [2.5, registration],
    [5, passwordReset],
    [5, feedback],
  ];
  const total = actions.reduce((s, [w]) => s + w, 0);
  const next = () => {
    let r = Math.random() * total;
    for (const [w, a] of actions) {
      r -= w;
      if (r < 0) return a;
    }
    return actions[0]![1];
  };

  return {
    /** The baseline: GET /api/health (one `select 1`) from the same virtual users. */
    async health(seconds: number) {
      const end = performance.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: VUS }, async () => {
          while (performance.now() < end)
            await call('GET /api/health', '/api/health', { ip: pick(clients) });
        }),
      );
    },
    async run(seconds: number) {
      const end = performance.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: VUS }, async () => {
          while (performance.now() < end) await next()(pick(clients));
        }),
      );
    },
    stop: () => pow.stop(),
  };
}

// ---------------------------------------------------------------- report

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function report(samples: Sample[], seconds: number, print = true) {
  const routes = new Map<string, Sample[]>();
  for (const s of samples) {
    const list = routes.get(s.route);
    if (list) list.push(s);
    else routes.set(s.route, [s]);
  }
  const row = (route: string, list: Sample[]) => {
    const ms = list.map((s) => s.ms).sort((a, b) => a - b);
    const ok = list.filter((s) => s.status >= 200 && s.status < 300).length;
    const expected = list.filter((s) => EXPECTED[s.route]?.includes(s.status)).length;
    const limited = list.filter((s) => s.status === 429).length;
    const errors = list.length - ok - expected - limited;
    return {
      route,
      count: list.length,
      'share %': Number(((100 * list.length) / samples.length).toFixed(1)),
      'req/s': Number((list.length / seconds).toFixed(1)),
      'p50 ms': Number(percentile(ms, 50).toFixed(1)),
      'p95 ms': Number(percentile(ms, 95).toFixed(1)),
      'p99 ms': Number(percentile(ms, 99).toFixed(1)),
      '2xx': ok,
      'expected 4xx': expected,
      'limited (429)': limited,
      errors,
    };
  };
  const rows = [...routes.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([r, l]) => row(r, l));
  const totals = row('TOTAL', samples);
  if (!print) return totals;
  rows.push(totals);
  console.table(rows);
  // What the non-2xx answers were, so none hides behind a count.
  const kinds = new Map<string, number>();
  for (const s of samples)
    if (s.status < 200 || s.status >= 300) {
      const k = `${s.route} → ${s.status || 'network'} ${s.code ?? ''}`.trim();
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
  if (kinds.size) {
    console.log('non-2xx answers by route, status and error code:');
    for (const [k, n] of [...kinds.entries()].sort((a, b) => b[1] - a[1]))
      console.log(`  ${n}× ${k}`);
  }
  return totals;
}

async function main() {
  const target = process.env.BENCH_TARGET
    ? await useRunningInstances(process.env.BENCH_TARGET)
    : await startOwnServer();
  let samples: Sample[] = [];
  const load = mix(target, (s) => samples.push(s));
  try {
    await load.run(WARM_UP_SECONDS);
    // Baseline in the same run: what the same clients get from the cheapest route.
    samples = [];
    let t = performance.now();
    await load.health(BASELINE_SECONDS);
    const health = { samples, seconds: (performance.now() - t) / 1000 };
    samples = [];
    const rss = rssSampler(target.pids);
    const serverCpu = await cpuMeter(async () => target.pids);
    const dbCpu = await cpuMeter(() => backendsOf(target.databaseUrl));
    t = performance.now();
    await load.run(SECONDS);
    const seconds = (performance.now() - t) / 1000;
    const mem = rss.stop();
    const cpu = { server: await serverCpu(), db: await dbCpu() };
    console.log(
      `\nbench:mix — ${target.describe}; ${VUS} virtual users (closed loop), ${seconds.toFixed(1)} s after ${WARM_UP_SECONDS} s warm-up, ` +
        `${target.people.users.length} signed-in citizens, ${CLIENTS} client addresses; ` +
        `machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB`,
    );
    const total = report(samples, seconds);
    const base = report(health.samples, health.seconds, false);
    console.log(
      `baseline GET /api/health alone (${health.seconds.toFixed(1)} s, same ${VUS} users, before the mix): ` +
        `${base['req/s']} req/s, p50 ${base['p50 ms']} ms, p99 ${base['p99 ms']} ms, ${base.errors} errors — ` +
        `mix req/s ratio vs health ${(total['req/s'] / base['req/s']).toFixed(3)}, mix p99 ratio vs health ${(total['p99 ms'] / base['p99 ms']).toFixed(1)}`,
    );
    if (mem.length === 0) console.log('RSS: not sampled (give BENCH_PID for a BENCH_TARGET)');
    const n = samples.length;
    if (cpu.server.processes)
      console.log(
        `CPU of the server process(es): ${cpu.server.seconds.toFixed(1)} core-seconds in ${seconds.toFixed(1)} s ` +
          `(${(cpu.server.seconds / seconds).toFixed(2)} cores busy on average) = ${((1000 * cpu.server.seconds) / n).toFixed(2)} ms of CPU per request of the mix`,
      );
    if (cpu.db.processes)
      console.log(
        `CPU of PostgreSQL (${cpu.db.processes} backends of this database): ${cpu.db.seconds.toFixed(1)} core-seconds ` +
          `(${(cpu.db.seconds / seconds).toFixed(2)} cores) = ${((1000 * cpu.db.seconds) / n).toFixed(2)} ms per request`,
      );
    for (const m of mem)
      console.log(
        `RSS of server pid ${m.pid}: ${m.before === null ? '?' : (m.before / 2 ** 20).toFixed(0)} MB before the load, max ${m.max === null ? '?' : (m.max / 2 ** 20).toFixed(0)} MB sampled every 250 ms during it`,
      );
  } finally {
    await load.stop();
    await target.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
